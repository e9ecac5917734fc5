# A generator's return value travels in StopIteration.value.
def g():
    yield 1
    return 42
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args, repr(e))
def h():
    return
    yield
try:
    next(h())
except StopIteration as e:
    print(e.value, e.args)
def k():
    return [1, 2]
    yield
try:
    next(k())
except StopIteration as e:
    print(e.value)
def raises_stop():
    yield 1
    raise StopIteration('inside')
try:
    list(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__context__))
