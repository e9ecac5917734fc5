# Generator cleanup on del, break and return, GeneratorExit handling and delegation.
def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
x = g()
next(x)
del x
print('after del')
def gg():
    try:
        yield 1
    finally:
        print('cleanup2')
for v in gg():
    break
print('after break')
def h():
    for v in gg():
        return v
print(h())
def k():
    try:
        yield 1
    except GeneratorExit:
        print('got exit')
        raise
    finally:
        print('k finally')
y = k(); next(y); y.close(); print('closed k')
def m():
    try:
        yield
    finally:
        raise ValueError('in finally')
z = m(); next(z)
try:
    z.close()
except ValueError as e:
    print('close raised', e)
def n():
    yield 1
    try:
        yield 2
    except KeyError:
        yield 'caught'
w = n()
print(next(w))
try:
    w.throw(KeyError)
except KeyError:
    print('not caught before try')
w = n(); next(w); next(w)
print(w.throw(KeyError))
def yf():
    r = yield from inner()
    print('yf got', r)
    yield r
def inner():
    try:
        yield 'i1'
    except ValueError:
        return 'recovered'
gen = yf()
print(next(gen))
print(gen.throw(ValueError))
def chain():
    try:
        yield 1
    except Exception as e:
        raise RuntimeError('wrapped') from e
c = chain(); next(c)
try:
    c.throw(KeyError('orig'))
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
def sends():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
s = sends(); next(s)
for i in range(5):
    s.send(i)
try:
    s.send(None)
except StopIteration as e:
    print('total', e.value)
def gen_exc_context():
    try:
        raise KeyError('a')
    except KeyError:
        yield
        raise ValueError('b')
q = gen_exc_context()
next(q)
try:
    next(q)
except ValueError as e:
    print(repr(e.__context__))
def genexp_scope():
    x = 10
    return list(x + i for i in range(3))
print(genexp_scope())
def multi_yield_from():
    yield from range(3)
    yield from 'ab'
    yield from (x * 2 for x in range(2))
    yield from {1: 2}
print(list(multi_yield_from()))
def nested_gen():
    def inner(n):
        for i in range(n):
            yield i
    for j in range(3):
        yield from inner(j)
print(list(nested_gen()))
g1 = (i for i in range(3))
print(next(g1), list(g1), next(g1, 'done'))
def early_return():
    yield 1
    return
    yield 2
print(list(early_return()))
def gen_with_return_value():
    yield 1
    return 42
def collector():
    v = yield from gen_with_return_value()
    yield v
print(list(collector()))
it = iter(range(3))
def from_iter():
    yield from it
fi = from_iter()
print(next(fi), next(it), list(fi))
def gen_close_return():
    try:
        yield 1
    except GeneratorExit:
        return 'ignored'
gc_ = gen_close_return(); next(gc_)
print(gc_.close())
def stopiter_in_genexp():
    def f(x):
        if x == 2:
            raise StopIteration
        return x
    try:
        return list(f(x) for x in range(5))
    except RuntimeError as e:
        return str(e)
print(stopiter_in_genexp())
print([x for x in range(5) if x != 2])
