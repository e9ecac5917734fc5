# Objects without __eq__ (functions) compare equal only to themselves.
def f():
    pass
def g():
    pass
h = f
print(f == f, f == g, f != g, f == h, f is h)
print([f, g].index(g), f in [g, h], g in [f])
lam = lambda: 0
print(lam == lam, lam == (lambda: 0))
d = {f: 'f', g: 'g'}
print(d[h], len(d))
