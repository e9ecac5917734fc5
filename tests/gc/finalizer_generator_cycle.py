# A suspended generator caught in a cycle: the collector runs its finally block (its
# finalizer) once, then frees the cycle.
import gc
gc.disable()
gc.collect()
log = []
def worker(name):
    try:
        yield 1
        yield 2
    finally:
        log.append('closed ' + name)
g = worker('a')
next(g)
holder = [g]
holder.append(holder)
del g, holder
print(log)
print(gc.collect())
print(log)
print(gc.collect())
