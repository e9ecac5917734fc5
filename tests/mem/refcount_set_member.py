# A set member holds a reference; discard drops it.
import sys
k = str(424242)
before = sys.getrefcount(k)
s = {k}
print(sys.getrefcount(k) - before)
s.discard(k)
print(sys.getrefcount(k) - before)
