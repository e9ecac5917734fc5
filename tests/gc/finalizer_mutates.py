# A finalizer may change other objects of its own cycle, or take them out of it: the
# collector keeps what became reachable and frees the rest.
import gc
gc.disable()
gc.collect()
out = []
def gen(shared):
    try:
        yield 1
    finally:
        out.append(shared.pop())
        shared.clear()
shared = [[1], [2]]
g = gen(shared)
next(g)
shared.append(g)
shared[0].append(shared)
del g, shared
print(gc.collect())
print(out[0] is not None, type(out[0]).__name__)
out.clear()
print(gc.collect())
