# The articles' cycle: two lists appended to each other print their recursive form and
# live on until the collector finds them.
import gc
import sys
gc.disable()
gc.collect()
a = []
b = []
a.append(b)
b.append(a)
print(a)
print(b)
print(sys.getrefcount(a), sys.getrefcount(b))
del a
print(sys.getrefcount(b))
del b
print(gc.collect())
