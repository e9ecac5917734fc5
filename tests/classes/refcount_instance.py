# sys.getrefcount on instances: bound to a global, aliased, stored, deleted.
import sys

class A:
    pass

a = A()
print('global:', sys.getrefcount(a))
b = a
print('second name:', sys.getrefcount(a))
del b
print('after del b:', sys.getrefcount(a))
holder = A()
holder.ref = a
print('stored as attribute:', sys.getrefcount(a))
holder.ref2 = a
print('stored twice:', sys.getrefcount(a))
del holder.ref
print('after del attribute:', sys.getrefcount(a))
del holder
print('after del holder:', sys.getrefcount(a))
lst = [a, a, a]
print('in list three times:', sys.getrefcount(a))
del lst
print('after del list:', sys.getrefcount(a))
d = {'k': a}
print('as dict value:', sys.getrefcount(a))
d.clear()
print('after clear:', sys.getrefcount(a))
t = (a,)
print('in tuple:', sys.getrefcount(a))
del t
print('after del tuple:', sys.getrefcount(a))
# A fresh instance passed directly.
print('temporary:', sys.getrefcount(A()))
# Instance held only by a list.
box = [A()]
print('only in list:', sys.getrefcount(box[0]))
# As a dict key (instances hash by identity).
d = {a: 1}
print('as dict key:', sys.getrefcount(a))
del d
print('end:', sys.getrefcount(a))
