# The for-loop variable keeps the last item alive after the loop.
import sys
items = [[1], [2], [3]]
last = items[2]
before = sys.getrefcount(last)
for v in items:
    pass
print(sys.getrefcount(last) - before)
del items
print(v)
print(sys.getrefcount(last) - before)
