# Generators: send, throw and close interplay, return values through yield from, errors inside.
def gen():
    try:
        x = yield 1
        print('got', x)
        y = yield x * 2
        print('got', y)
    except ValueError as e:
        print('caught', e)
        yield 'after'
    finally:
        print('finally')
    return 'done'

g = gen()
print(next(g))
print(g.send(5))
print(g.throw(ValueError('boom')))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value, e.args)

g = gen()
try:
    g.send(1)
except TypeError as e:
    print(e)
print(g.send(None))
g.close()
g.close()
try:
    next(g)
except StopIteration as e:
    print('stop2', e.value)

def sub():
    r = yield 'a'
    print('sub got', r)
    yield 'b'
    return 'subret'

def outer():
    v = yield from sub()
    print('v', v)
    w = yield from [10, 20]
    print('w', w)
    return v

g = outer()
print(next(g), g.send('S'), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('ret', e.value)

def thrower():
    try:
        yield 1
    except GeneratorExit:
        print('exit')
        yield 2

g = thrower()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RT', e)

def bad():
    yield 1
    raise StopIteration('x')
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def inner():
    yield 1
    raise KeyError('k')
def deleg():
    try:
        yield from inner()
    except KeyError as e:
        print('deleg caught', e)
        return 5
g = deleg()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value)

g = (x * x for x in range(3))
print(list(g), list(g))
print(sum(x for x in range(10)))
print(sorted((x for x in 'cab'), reverse=True))
def run():
    g = (1 / x for x in [1, 0])
    try:
        for v in g:
            print(v)
    except ZeroDivisionError as e:
        print('zde', e)
run()
g = gen()
print(g.throw(ValueError, 'viaclass') if False else 'skip')
def g2():
    yield 1
x = g2()
print(type(x).__name__)
try:
    x.throw(KeyError('a'))
except KeyError as e:
    print('thrown before start', e)
print(list(x))
def g3():
    try:
        yield
    finally:
        return 7
x = g3(); next(x)
try:
    x.throw(ValueError)
except StopIteration as e:
    print('finally return', e.value)
def g4():
    yield from g4_inner()
def g4_inner():
    try:
        yield 1
        yield 2
    finally:
        print('inner finally')
x = g4(); next(x); x.close(); print('closed')
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == 'stop':
            return i
        i += 1
c = counter()
next(c); next(c)
try:
    c.send('stop')
except StopIteration as e:
    print('counter', e.value)
def rec():
    yield from rec()
try:
    next(rec())
except RecursionError as e:
    print('recursion', e)
def running():
    yield g5.send(None)
g5 = running()
try:
    next(g5)
except ValueError as e:
    print(e)
def gen_ret_none():
    return
    yield
try:
    next(gen_ret_none())
except StopIteration as e:
    print(repr(e), e.value)
def gen_ret_tuple():
    return (1, 2)
    yield
try:
    next(gen_ret_tuple())
except StopIteration as e:
    print(repr(e), e.value, e.args)
