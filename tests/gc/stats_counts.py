# get_stats: per generation, the collections made and the objects collected.
import gc
gc.disable()
gc.collect()
before = gc.get_stats()
print(len(before), sorted(before[0]))
for i in range(3):
    l = [i]
    l.append(l)
    del l
    gc.collect(0)
gc.collect(1)
d = {}
d[1] = d
del d
gc.collect()
after = gc.get_stats()
for b, a in zip(before, after):
    print(a['collections'] - b['collections'], a['collected'] - b['collected'],
          a['uncollectable'] - b['uncollectable'])
