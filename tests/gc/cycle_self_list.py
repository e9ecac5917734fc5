# A list that contains itself prints as [...] and is found by the collector alone.
import gc
gc.disable()
gc.collect()
l = []
l.append(l)
print(l, len(l), l[0] is l)
l.append(l)
print(l)
del l
print(gc.collect())
nested = [[[]]]
nested[0][0].append(nested)
print(nested)
del nested
print(gc.collect())
