# a = [1, 2, 3] prints 2, then 3 after b = a.
import sys
a = [1, 2, 3]
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
