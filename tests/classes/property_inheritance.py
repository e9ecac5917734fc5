# Properties across inheritance: inherited, overridden, extended with Base.prop.setter.
class Base:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        print('Base getter')
        return self._v

    @property
    def label(self):
        return 'base:' + type(self).__name__

class ReadOnlyChild(Base):
    pass

class WritableChild(Base):
    @Base.v.setter
    def v(self, value):
        print('WritableChild setter', value)
        self._v = value

class OverrideChild(Base):
    @property
    def v(self):
        print('OverrideChild getter')
        return super().v * 100

r = ReadOnlyChild()
print(r.v, r.label)
try:
    r.v = 5
except AttributeError as e:
    print('AttributeError:', e)
w = WritableChild()
w.v = 7
print(w.v)
# The base property is unchanged by the subclass's .setter().
b = Base()
try:
    b.v = 3
except AttributeError as e:
    print('AttributeError:', e)
print(Base.v is WritableChild.v, Base.v.fget is WritableChild.v.fget)
o = OverrideChild()
print(o.v)
# A plain class attribute in a subclass replaces an inherited property.
class Shadow(Base):
    v = 'plain'
s = Shadow()
print(s.v)
s.v = 'instance'
print(s.v, Shadow.v)
# A property calling an overridable method.
class Shape:
    @property
    def area(self):
        return self.compute()
    def compute(self):
        return 0
class Sq(Shape):
    def __init__(self, n):
        self.n = n
    def compute(self):
        return self.n * self.n
print(Shape().area, Sq(4).area)
