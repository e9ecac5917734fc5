# Deleting the container releases the references it held.
import sys
a = [1]
c = [a, a, a]
d = {'k': a}
before = sys.getrefcount(a)
del c
print(sys.getrefcount(a) - before)
del d
print(sys.getrefcount(a) - before)
