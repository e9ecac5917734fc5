# Freed containers take gc.get_count()[0] down again, except those CPython 3.11 keeps on
# its free lists (lists, dicts, small tuples) until the next full collection.
import gc
gc.disable()
gc.collect()
seen = []
seen.append(gc.get_count())
s = {1}
fs = frozenset([s and 1])
seen.append(gc.get_count())
del s, fs
seen.append(gc.get_count())
l = [[] for _ in range(3)]
seen.append(gc.get_count())
del l
seen.append(gc.get_count())
again = [[] for _ in range(3)]
seen.append(gc.get_count())
d = {'a': {}}
del d
seen.append(gc.get_count())
gc.collect()
seen.append(gc.get_count())
for c in seen:
    print(c)
