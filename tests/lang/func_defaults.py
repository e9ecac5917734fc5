# Function defaults are evaluated once, at definition time.
def f(a, b=2, c='three'):
    return a, b, c
print(f(1), f(1, 20), f(1, c=30), f(a=0, b=1, c=2), f(c=9, a=8))
n = 5
def g(x=n):
    return x
n = 6
print(g(), g(7))
def h(item, acc=[]):
    acc.append(item)
    return acc
print(h(1), h(2), h(3, []), h(4))
def k(a=None):
    if a is None:
        a = []
    a.append(1)
    return a
print(k(), k())
print(f.__defaults__, g.__defaults__)
