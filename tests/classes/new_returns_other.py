# __new__ returning objects of other classes or None: __init__ is skipped.
# __new__ returning an object of another class: __init__ is skipped.
class Other:
    pass
class Factory:
    def __new__(cls, kind):
        if kind == 'int':
            return 42
        if kind == 'other':
            return Other()
        return super().__new__(cls)
    def __init__(self, kind):
        print('Factory.__init__', kind)
print(Factory('int'), type(Factory('other')).__name__, type(Factory('self')).__name__)

# __new__ returning None.
class Nothing:
    def __new__(cls):
        return None
    def __init__(self):
        print('never')
print(Nothing())

# __new__ in a subclass instance: __init__ of the subclass runs for subclass instances.
class Base:
    def __new__(cls, *args):
        return object.__new__(cls)
class Sub(Base):
    def __init__(self, v):
        self.v = v
print(Sub(5).v)
# object.__new__ requires a class.
try:
    object.__new__(1)
except TypeError as e:
    print('TypeError:', e)
# __new__ is a static method implicitly.
print(type(Factory.__dict__['__new__']).__name__)
# Extra arguments with __new__ but no __init__ are fine when __new__ accepts them.
class OnlyNew:
    def __new__(cls, a, b):
        o = super().__new__(cls)
        o.sum = a + b
        return o
print(OnlyNew(3, 4).sum)
