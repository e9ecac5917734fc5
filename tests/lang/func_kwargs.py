# **kwargs collects extra keyword arguments into an ordered dict.
def f(**kw):
    return kw
print(f(), f(a=1), f(z=1, a=2, m=3), type(f()))
def g(a, *args, b=0, **kw):
    return a, args, b, kw
print(g(1, 2, 3, b=4, c=5, d=6))
opts = {'x': 1, 'y': 2}
print(f(**opts), f(w=0, **opts), f(**opts, z=3))
def h(a, b, c):
    return a * 100 + b * 10 + c
print(h(**{'c': 3, 'a': 1, 'b': 2}), h(1, **{'c': 3, 'b': 2}))
try:
    h(1, **{'a': 2, 'b': 3, 'c': 4})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(type(e).__name__, e)
