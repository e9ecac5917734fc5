# A finalizer may allocate freely and call gc.collect() while the collector runs: no
# collection starts inside another (it returns 0), and the outer one completes.
import gc
gc.disable()
gc.collect()
gc.set_threshold(5)
gc.enable()
inner = []
def gen():
    try:
        yield 1
    finally:
        junk = [[i] for i in range(50)]
        for j in junk:
            j.append(j)
        inner.append(gc.collect())
g = gen()
next(g)
c = [g]
c.append(c)
del g, c
gc.disable()
gc.set_threshold(700)
print(gc.collect())
print(inner)
print(gc.collect())
