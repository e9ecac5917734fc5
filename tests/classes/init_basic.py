# __init__: arguments, defaults, keywords, inheritance, and its return value.
class Person:
    def __init__(self, name, age=0, *nicks, city='nowhere', **extra):
        print('Person.__init__', name)
        self.name = name
        self.age = age
        self.nicks = nicks
        self.city = city
        self.extra = extra

p = Person('ann')
print(p.name, p.age, p.nicks, p.city, p.extra)
q = Person('bob', 30, 'bobby', 'b', city='paris', job='chef')
print(q.name, q.age, q.nicks, q.city, q.extra)
r = Person(age=5, name='cy')
print(r.name, r.age)
try:
    Person()
except TypeError as e:
    print('TypeError:', e)
try:
    Person('x', name='y')
except TypeError as e:
    print('TypeError:', e)
# __init__ must return None.
class Bad:
    def __init__(self):
        return 42
try:
    Bad()
except TypeError as e:
    print('TypeError:', e)
class BadStr:
    def __init__(self):
        return 'oops'
try:
    BadStr()
except TypeError as e:
    print('TypeError:', e)
class ExplicitNone:
    def __init__(self):
        return None
print(type(ExplicitNone()).__name__)
# Exceptions in __init__ propagate; the object is never bound.
class Fails:
    def __init__(self, v):
        self.v = v
        if v < 0:
            raise ValueError('negative: ' + str(v))
try:
    f = Fails(-1)
except ValueError as e:
    print('ValueError:', e)
print('f' in globals())
# Calling __init__ again re-initialises.
x = Fails(1)
x.__init__(2)
print(x.v)
# __init__ is inherited; a subclass without one uses its base's.
class Student(Person):
    pass
s = Student('dee', 20)
print(type(s).__name__, s.name, s.age)
