# dir() of user classes and instances: sorted names, inherited ones included.
def public(names):
    return [n for n in names if not n.startswith('__')]

class Base:
    b_attr = 1
    def b_method(self):
        pass

class Child(Base):
    c_attr = 2
    def __init__(self):
        self.inst = 3
        self._private = 4
    def c_method(self):
        pass
    @property
    def prop(self):
        return 5
    @staticmethod
    def stat():
        pass
    @classmethod
    def klass(cls):
        pass

print(public(dir(Base)))
print(public(dir(Child)))
c = Child()
print(public(dir(c)))
c.zzz = 1
c.aaa = 2
print(public(dir(c)))
# dir() is sorted and has no duplicates.
d = dir(c)
print(d == sorted(d), len(d) == len(set(d)))
# Special names from the class and object appear too.
for name in ['__init__', '__dict__', '__class__', '__module__', '__doc__', '__repr__', '__eq__']:
    print(name, name in d)
print('__mro__' in dir(Child), '__name__' in dir(Child), '__name__' in dir(c))
# Every object dunder is present on a plain instance.
class Nothing:
    pass
print(set(dir(object())) <= set(dir(Nothing())))
extra = set(dir(Nothing())) - set(dir(object()))
print('__dict__' in extra, '__module__' in extra, '__init__' in extra)
# dir() with no argument lists local names.
def f(x):
    y = 1
    return dir()
print(f(0))
# Attributes added to the class later show up.
Base.late = 'late'
print('late' in dir(c))
