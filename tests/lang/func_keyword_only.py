# Keyword-only parameters after * and after *args.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=5, b=4), f(a=0, b=0))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
def g(*args, sep='-'):
    return sep.join(args)
print(g('a', 'b'), g('a', 'b', sep='+'), repr(g()))
def h(a, /, b, *, c):
    return a + b + c
print(h(1, 2, c=3), h(1, b=2, c=3))
try:
    h(a=1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
