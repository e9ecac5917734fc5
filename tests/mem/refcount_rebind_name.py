# Rebinding a name to another object lowers the old object's count.
import sys
a = [1, 2]
b = a
before = sys.getrefcount(a)
b = None
print(sys.getrefcount(a) - before)
