# Special methods are looked up on the type, not on the instance.
class Box:
    def __len__(self):
        return 3
    def __repr__(self):
        return 'Box()'

b = Box()
b.__len__ = lambda: 99
b.__repr__ = lambda: 'instance repr'
print(len(b), b.__len__())
print(repr(b), b.__repr__())
print([b])
# Adding a special method to the class later takes effect at once.
class Late:
    pass
l = Late()
try:
    len(l)
except TypeError as e:
    print('TypeError:', e)
Late.__len__ = lambda self: 7
print(len(l))
Late.__add__ = lambda self, other: 'added ' + str(other)
print(l + 1)
del Late.__len__
try:
    len(l)
except TypeError as e:
    print('TypeError:', e)
# Replacing a special method on the class is seen by existing instances.
def new_repr(self):
    return 'NewBox()'
Box.__repr__ = new_repr
print(repr(b), str(b))
# __call__ on the instance does not make it callable.
class NotCallable:
    pass
n = NotCallable()
n.__call__ = lambda: 'called'
print(callable(n))
try:
    n()
except TypeError as e:
    print('TypeError:', e)
# __getattr__ is not consulted for implicit special method lookup.
class Dyn:
    def __getattr__(self, name):
        print('__getattr__', name)
        return lambda *a: 0
d = Dyn()
try:
    d + 1
except TypeError as e:
    print('TypeError:', e)
print(d.__add__(1))
# Inherited special methods come from the MRO.
class Base:
    def __len__(self):
        return 1
class Sub(Base):
    pass
print(len(Sub()))
Base.__len__ = lambda self: 2
print(len(Sub()))
