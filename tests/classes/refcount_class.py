# sys.getrefcount on classes, as differences: each instance holds a reference to its class.
import sys

class Empty:
    pass

base = sys.getrefcount(Empty)
e1 = Empty()
print('with one instance: +' + str(sys.getrefcount(Empty) - base))
e2 = Empty()
print('with two instances: +' + str(sys.getrefcount(Empty) - base))
del e1
print('one deleted: +' + str(sys.getrefcount(Empty) - base))
del e2
print('instances gone: +' + str(sys.getrefcount(Empty) - base))
Alias = Empty
print('second name: +' + str(sys.getrefcount(Empty) - base))
del Alias
items = [Empty, Empty]
print('in a list twice: +' + str(sys.getrefcount(Empty) - base))
del items
print('back: +' + str(sys.getrefcount(Empty) - base))
many = [Empty() for _ in range(10)]
print('ten instances: +' + str(sys.getrefcount(Empty) - base))
many.clear()
print('cleared: +' + str(sys.getrefcount(Empty) - base))
# type(x) returns a new reference to the class.
t = type(Empty())
print('type() result bound: +' + str(sys.getrefcount(Empty) - base))
del t
# A class stored as an attribute of an instance.
class Holder:
    pass
h = Holder()
h.cls = Empty
print('stored on an instance: +' + str(sys.getrefcount(Empty) - base))
del h
print('end: +' + str(sys.getrefcount(Empty) - base))
