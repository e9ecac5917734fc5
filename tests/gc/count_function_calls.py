# What a call allocates: a tuple for *args and a dict for **kwargs, a generator object,
# closure cells; a plain call allocates no container.
import gc
gc.disable()
gc.collect()
def plain(a, b):
    return a + b
def star(*args, **kwargs):
    return len(args) + len(kwargs)
def gen(n):
    yield n
def outer():
    v = 1
    def inner():
        return v
    return inner
seen = [gc.get_count()]
plain(1, 2)
seen.append(gc.get_count())
star(1, 2, x=3)
seen.append(gc.get_count())
g = gen(1)
seen.append(gc.get_count())
i = outer()
seen.append(gc.get_count())
del g, i
seen.append(gc.get_count())
for c in seen:
    print(c)
