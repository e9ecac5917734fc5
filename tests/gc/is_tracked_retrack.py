# A dict untracked by a full collection is tracked again when it takes a container, and
# then the collector finds it in a cycle as before.
import gc
gc.disable()
gc.collect()
d = {'a': []}
d['a'] = 1
print(gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(d))
d['self'] = d
print(gc.is_tracked(d))
print(any(o is d for o in gc.get_objects(0)))
del d
print(gc.collect())
e = {}
e[1] = 2
gc.collect()
e[2] = [e]
print(gc.is_tracked(e))
del e
print(gc.collect())
