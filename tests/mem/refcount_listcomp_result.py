# A list comprehension's result holds references to the items it built from.
import sys
a = [1]
before = sys.getrefcount(a)
r = [a for i in range(4)]
print(sys.getrefcount(a) - before)
print(sys.getrefcount(r))
del r
print(sys.getrefcount(a) - before)
