# New objects are in generation 0; each collection they survive moves them one older.
import gc
gc.disable()
gc.collect()
def where(o):
    return [g for g in range(3) if any(x is o for x in gc.get_objects(g))]
x = [1]
print(where(x))
gc.collect(0)
print(where(x))
gc.collect(0)
print(where(x))
gc.collect(1)
print(where(x))
gc.collect(1)
print(where(x))
y = [2]
gc.collect()
print(where(y))
print(any(o is x for o in gc.get_objects()))
print(any(o is 5 for o in gc.get_objects()))
lst = gc.get_objects()
print(any(o is lst for o in lst))
