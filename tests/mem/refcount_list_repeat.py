# a = [0] * 10 holds ten references to the same item; its own count is 2.
import sys
z = [5]
before = sys.getrefcount(z)
a = [z] * 10
print(sys.getrefcount(z) - before)
print(sys.getrefcount(a))
b = [0] * 10
print(b, len(b))
