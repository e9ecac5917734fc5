# A tuple item holds a reference until the tuple dies.
import sys
a = [1]
before = sys.getrefcount(a)
t = (a, a)
print(sys.getrefcount(a) - before)
t = None
print(sys.getrefcount(a) - before)
