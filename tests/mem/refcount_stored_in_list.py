# Storing an object in a list three times raises its count by three.
import sys
a = [1]
before = sys.getrefcount(a)
c = [a, a, a]
print(sys.getrefcount(a) - before)
