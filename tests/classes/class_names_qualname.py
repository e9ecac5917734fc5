# __name__, __qualname__, __module__ and __doc__ of classes and their methods.
class Outer:
    'Outer doc.'
    class Inner:
        'Inner doc.'
        class Deep:
            pass
        def meth(self):
            pass
    def meth(self):
        pass

print(Outer.__name__, Outer.__qualname__, Outer.__module__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.__module__)
print(Outer.Inner.Deep.__name__, Outer.Inner.Deep.__qualname__)
print(Outer.meth.__name__, Outer.meth.__qualname__)
print(Outer.Inner.meth.__qualname__)
print(Outer.__doc__, Outer.Inner.__doc__, Outer.Inner.Deep.__doc__)
print(Outer.Inner)
print(Outer.Inner.Deep)

def factory():
    class Local:
        def m(self):
            pass
    return Local

L = factory()
print(L.__name__, L.__qualname__)
print(L.m.__qualname__)
print(L)
# Bound methods report their function's names.
print(Outer().meth.__name__, Outer().meth.__qualname__)
# __name__ and __qualname__ can be rebound.
class Renamed:
    pass
Renamed.__name__ = 'NewName'
print(Renamed.__name__, Renamed.__qualname__)
Renamed.__qualname__ = 'Other.NewName'
print(Renamed)
# An instance's type carries the names.
o = Outer.Inner()
print(type(o).__name__, type(o).__qualname__, type(o).__module__)
# A docstring must be the first statement of the body.
class NoDoc:
    x = 1
    'not a docstring'
print(NoDoc.__doc__)
print(__name__)
