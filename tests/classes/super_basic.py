# super() with no arguments in single inheritance chains.
class Base:
    def __init__(self, name):
        print('Base.__init__', name)
        self.name = name

    def hello(self):
        return 'Base hello ' + self.name

    def total(self):
        return 1

class Middle(Base):
    def __init__(self, name, extra):
        print('Middle.__init__ before super')
        super().__init__(name)
        print('Middle.__init__ after super')
        self.extra = extra

    def hello(self):
        return 'Middle(' + super().hello() + ')'

    def total(self):
        return 10 + super().total()

class Leaf(Middle):
    def __init__(self):
        super().__init__('leaf', 99)

    def hello(self):
        return 'Leaf(' + super().hello() + ')'

    def total(self):
        return 100 + super().total()

x = Leaf()
print(x.name, x.extra)
print(x.hello())
print(x.total())
# The super object itself.
class S(Base):
    def get(self):
        return super()
    def check(self):
        sp = super()
        return type(sp).__name__, sp.hello.__func__ is Base.hello
s = S('s')
print(s.check())
print(type(s.get()).__name__)
# super() reaches attributes that are data, not only methods.
class P:
    label = 'P label'
class Q(P):
    label = 'Q label'
    def both(self):
        return self.label + ' / ' + super().label
print(Q().both())
# super() lookups that fail.
class R(Base):
    def nope(self):
        return super().missing()
try:
    R('r').nope()
except AttributeError as e:
    print('AttributeError:', e)
# A one-level override that delegates to its base.
class T(Base):
    def hello(self):
        return 'T:' + super().hello()
print(T('t').hello())
