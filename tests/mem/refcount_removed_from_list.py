# Removing an object from a list (pop, remove, del item, clear) lowers its count.
import sys
a = [7]
c = [a, a, a, a, a]
before = sys.getrefcount(a)
c.pop()
print(sys.getrefcount(a) - before)
c.remove(a)
print(sys.getrefcount(a) - before)
del c[0]
print(sys.getrefcount(a) - before)
c.clear()
print(sys.getrefcount(a) - before)
