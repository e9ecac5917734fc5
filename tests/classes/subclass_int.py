# Subclassing int: value semantics, overridden operators and __new__.
class Celsius(int):
    def __repr__(self):
        return str(int(self)) + 'C'
    def __add__(self, other):
        return Celsius(int(self) + int(other))

a = Celsius(20)
b = Celsius(5)
print(a, repr(a), a + b, type(a + b).__name__)
print(a - b, type(a - b).__name__)
print(a * 2, a == 20, a < b, hash(a) == hash(20))
print(isinstance(a, int), type(a).__mro__[1].__name__)
print([a, b], sorted([a, b]))
print(int(a), type(int(a)).__name__, float(a))
print(10 + a, type(10 + a).__name__)

class Even(int):
    def __new__(cls, value):
        print('Even.__new__', value)
        if value % 2:
            value += 1
        return super().__new__(cls, value)
e = Even(7)
print(e, type(e).__name__, e // 2)
print(['x', 'y', 'z', 'w', 'v', 'u', 't', 's', 'r'][e])
print(range(Even(3))[-1], hex(Even(15)))

class Flag(int):
    names = {1: 'read', 2: 'write', 4: 'exec'}
    def __str__(self):
        return '|'.join(n for v, n in self.names.items() if self & v) or 'none'
print(Flag(3), Flag(4), Flag(0), str(Flag(7)), f'{Flag(5)}')
# Instances of an int subclass have a __dict__.
f = Flag(1)
f.note = 'hello'
print(f.note, f + 1)
# bool() of an int subclass.
print(bool(Celsius(0)), bool(Celsius(3)))
