# freeze() moves every tracked object to the permanent generation and zeroes the counts;
# unfreeze() gives them back to generation 2.
import gc
gc.disable()
gc.collect()
gc.unfreeze()
print(gc.get_freeze_count())
keep = [[i] for i in range(100)]
gc.freeze()
frozen = gc.get_freeze_count()
count = gc.get_count()
old = len(gc.get_objects(2))
young = len(gc.get_objects(0))
print(frozen >= 101, count, old, young)
more = [[]]
print(gc.get_freeze_count() == frozen)
gc.unfreeze()
print(gc.get_freeze_count())
print(len(gc.get_objects(2)) >= frozen)
