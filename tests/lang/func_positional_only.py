# Positional-only parameters before /.
def f(a, b=2, /, c=3):
    return a, b, c
print(f(1), f(1, 5), f(1, 5, 6), f(1, c=7))
try:
    f(a=1)
except TypeError as e:
    print(type(e).__name__, e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
