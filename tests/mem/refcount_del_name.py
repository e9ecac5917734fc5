# del of a second name lowers the count by one.
import sys
a = [1, 2]
b = a
before = sys.getrefcount(a)
del b
print(sys.getrefcount(a) - before)
