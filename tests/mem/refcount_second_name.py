# Binding a second name to an object raises its count by one.
import sys
a = [1, 2, 3]
before = sys.getrefcount(a)
b = a
print(sys.getrefcount(a) - before)
