# A dict key holds a reference; deleting the key drops it.
import sys
k = str(98765)
before = sys.getrefcount(k)
d = {k: 1}
print(sys.getrefcount(k) - before)
del d[k]
print(sys.getrefcount(k) - before)
