# type(name, bases, dict) creates classes dynamically.
def init(self, v):
    self.v = v

def show(self):
    return self.__class__.__name__ + '(' + str(self.v) + ')'

Point = type('Point', (), {'__init__': init, 'show': show, 'dims': 2})
p = Point(5)
print(p.show(), p.dims, Point.__name__, Point.__qualname__)
print(Point.__module__)
print([c.__name__ for c in Point.__mro__])
print(Point.__bases__ == (object,))
print(type(Point) is type, isinstance(p, Point))
print(Point)
# With bases.
class Base:
    def hello(self):
        return 'hello from Base'
Derived = type('Derived', (Base,), {'extra': 1})
dd = Derived()
print(dd.hello(), dd.extra, [c.__name__ for c in Derived.__mro__])
Multi = type('Multi', (Derived, Point), {})
print([c.__name__ for c in Multi.__mro__])
m = Multi(3)
print(m.show(), m.hello())
# The dict argument is copied: later changes to it do not affect the class.
ns = {'a': 1}
T = type('T', (), ns)
ns['b'] = 2
print(hasattr(T, 'a'), hasattr(T, 'b'))
# A docstring can be provided.
Doc = type('Doc', (), {'__doc__': 'dynamic doc'})
print(Doc.__doc__)
# Names need not be identifiers.
Weird = type('not valid', (), {})
print(Weird.__name__, Weird)
# Errors.
try:
    type('X', [], {})
except TypeError as e:
    print('TypeError:', e)
try:
    type('X', (), [])
except TypeError as e:
    print('TypeError:', e)
try:
    type(1, (), {})
except TypeError as e:
    print('TypeError:', e)
# Equivalent class statement produces a class with the same behaviour.
class Point2:
    dims = 2
    __init__ = init
    show = show
print(Point2(9).show(), Point2.dims)
