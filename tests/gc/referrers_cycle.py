# In a cycle each member is a referrer of the next.
import gc
gc.disable()
gc.collect()
x = []
y = [x]
z = [y]
x.append(z)
print(any(r is z for r in gc.get_referrers(y)))
print(any(r is x for r in gc.get_referrers(z)))
print(any(r is y for r in gc.get_referrers(x)))
print(gc.get_referents(x)[0] is z)
del x, y, z
print(gc.collect())
