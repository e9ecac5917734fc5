# gc.collect() called from a callback while a collection runs starts nothing: it
# returns 0. Callbacks see the counts of the collection in progress.
import gc
gc.disable()
gc.collect()
seen = []
def cb(phase, info):
    seen.append((phase, gc.collect(), info['generation']))
gc.callbacks.append(cb)
a = []
a.append(a)
del a
n = gc.collect(1)
gc.callbacks.remove(cb)
print(n)
print(seen)
def counting(phase, info):
    seen.append(gc.get_count())
gc.callbacks.append(counting)
seen.clear()
gc.collect(0)
gc.callbacks.remove(counting)
print(len(seen), seen[1][0])
