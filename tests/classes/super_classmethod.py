# super() inside classmethods, properties and __new__, and super() with explicit arguments.
class Base:
    registry = []

    @classmethod
    def create(cls, *args):
        print('Base.create for', cls.__name__)
        obj = cls(*args)
        cls.registry.append(cls.__name__)
        return obj

    @classmethod
    def kind(cls):
        return 'base kind of ' + cls.__name__

    @property
    def label(self):
        return 'base label'

class Child(Base):
    def __init__(self, n=0):
        self.n = n

    @classmethod
    def create(cls, *args):
        print('Child.create for', cls.__name__)
        return super().create(*args)

    @classmethod
    def kind(cls):
        return 'child -> ' + super().kind()

    @property
    def label(self):
        return 'child of ' + super().label

class GrandChild(Child):
    @classmethod
    def kind(cls):
        return 'grand -> ' + super().kind()

c = Child.create(5)
print(type(c).__name__, c.n)
g = GrandChild.create()
print(type(g).__name__, g.n)
print(Base.registry)
print(Child.kind())
print(GrandChild.kind())
print(g.kind())
print(c.label, g.label)
# super() in __new__ (an implicit staticmethod) passes cls explicitly.
class Tracked:
    made = 0
    def __new__(cls, *args):
        print('Tracked.__new__', cls.__name__, args)
        Tracked.made += 1
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
class SubTracked(Tracked):
    def __new__(cls, v):
        print('SubTracked.__new__')
        return super().__new__(cls, v)
t = SubTracked(7)
print(type(t).__name__, t.v, Tracked.made)
# super() with explicit arguments still works.
class E(Child):
    def kind2(self):
        return super(Child, self).kind()
print(E().kind2())
