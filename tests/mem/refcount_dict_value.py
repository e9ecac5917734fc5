# A dict value holds a reference; overwriting or popping the key drops it.
import sys
a = [1]
before = sys.getrefcount(a)
d = {}
d['x'] = a
d['y'] = a
print(sys.getrefcount(a) - before)
d['x'] = 0
print(sys.getrefcount(a) - before)
d.pop('y')
print(sys.getrefcount(a) - before)
