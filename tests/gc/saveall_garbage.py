# DEBUG_SAVEALL keeps what a collection finds in gc.garbage instead of freeing it.
import gc
gc.disable()
gc.collect()
print(gc.garbage)
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
a = [1]
a.append(a)
d = {'k': 'v'}
d['d'] = d
del a, d
print(gc.collect())
print(len(gc.garbage))
print(sorted(type(o).__name__ for o in gc.garbage))
for o in gc.garbage:
    if type(o) is list:
        print(o)
    else:
        print(sorted(o.keys()))
print(gc.collect())
gc.set_debug(0)
del gc.garbage[:]
print(gc.collect())
print(gc.garbage)
