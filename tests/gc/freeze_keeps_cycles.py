# A frozen cycle is out of the collector's reach until it is unfrozen.
import gc
gc.disable()
gc.collect()
a = []
a.append(a)
gc.freeze()
del a
print(gc.collect())
gc.unfreeze()
print(gc.collect())
print(gc.get_freeze_count())
