# A float made at run time: count 2 with x, 3 after y = x.
import sys
x = float('1.5')
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
