# Unary operator methods: __neg__, __pos__, __abs__, __invert__.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Vec(%r, %r)' % (self.x, self.y)
    def __neg__(self):
        print('__neg__')
        return Vec(-self.x, -self.y)
    def __pos__(self):
        print('__pos__')
        return Vec(self.x, self.y)
    def __abs__(self):
        print('__abs__')
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        print('__invert__')
        return Vec(self.y, self.x)

v = Vec(3, -4)
print(-v)
print(+v)
print(abs(v))
print(~v)
print(-(-v))
print(-v.x, abs(-v))
# Results may be anything.
class Odd:
    def __neg__(self):
        return 'negated'
    def __invert__(self):
        return 42
print(-Odd(), ~Odd())
# Missing methods.
class Nothing:
    pass
for op, fn in [('-', lambda o: -o), ('+', lambda o: +o), ('~', lambda o: ~o)]:
    try:
        fn(Nothing())
    except TypeError as e:
        print('TypeError:', e)
try:
    abs(Nothing())
except TypeError as e:
    print('TypeError:', e)
# not does not use any of these.
print(not v, not Nothing())
# Unary minus on a subclass of int without overriding.
class MyInt(int):
    pass
print(-MyInt(5), type(-MyInt(5)).__name__)
