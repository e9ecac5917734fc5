# Generators keep local state between resumptions; each call is independent.
def counter(start):
    n = start
    while n < start + 3:
        yield n
        n += 1
a = counter(0)
b = counter(100)
print(next(a), next(b), next(a), next(b), next(a))
print(list(a), list(b))
def running():
    total = 0
    for v in [3, 1, 4, 1, 5]:
        total += v
        yield total
print(list(running()))
def gen_self():
    yield next(g)
g = gen_self()
try:
    next(g)
except ValueError as e:
    print(e)
