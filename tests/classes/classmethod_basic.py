# classmethod: the class is passed as the first argument, subclasses pass themselves.
class Shape:
    count = 0
    sides = 0

    def __init__(self, name):
        self.name = name

    @classmethod
    def make(cls, name):
        cls.count += 1
        return cls(name)

    @classmethod
    def info(cls):
        return cls.__name__ + ' with ' + str(cls.sides) + ' sides'

class Triangle(Shape):
    sides = 3

class Square(Shape):
    sides = 4

t = Triangle.make('t1')
s = Square.make('s1')
s2 = Square.make('s2')
print(type(t).__name__, t.name, type(s).__name__, s2.name)
print(Shape.count, Triangle.count, Square.count)
print(Shape.info(), Triangle.info(), Square.info())
# Called from an instance, cls is the instance's class.
print(s.info(), t.info())
# A classmethod accessed through the class is a bound method bound to the class.
bm = Square.info
print(type(bm).__name__, bm.__self__ is Square, bm.__func__ is Shape.info.__func__)
print(s.info.__self__ is Square)
print(Square.info == Square.info, Square.info == Triangle.info)
raw = Shape.__dict__['info']
print(type(raw).__name__, raw.__func__ is bm.__func__)
# classmethod without decorator syntax, alternative constructors.
class Date:
    def __init__(self, y, m, d):
        self.ymd = (y, m, d)
    def from_string(cls, s):
        parts = s.split('-')
        return cls(int(parts[0]), int(parts[1]), int(parts[2]))
    from_string = classmethod(from_string)
d = Date.from_string('2024-02-29')
print(d.ymd, type(d).__name__)
# Errors show the function's qualified name.
try:
    Date.from_string()
except TypeError as e:
    print('TypeError:', e)
