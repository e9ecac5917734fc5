# A tuple is tracked when made; a collection untracks it if all its items are untracked.
import gc
gc.disable()
gc.collect()
a = 1
t = (a, 'x', 2.5)
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
l = []
holds_list = (a, l)
gc.collect()
print(gc.is_tracked(holds_list))
nested = ((a, 2), (a, 3))
print(gc.is_tracked(nested), gc.is_tracked(nested[0]))
gc.collect(0)
print(gc.is_tracked(nested), gc.is_tracked(nested[0]))
gc.collect(0)
print(gc.is_tracked(nested))
print(gc.is_tracked(()))
print(gc.is_tracked(tuple([1, 2])))
x = tuple([1, 2])
gc.collect(0)
print(gc.is_tracked(x))
