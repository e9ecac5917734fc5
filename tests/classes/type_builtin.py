# type(x): the class of an object, and type objects compared by identity.
class Animal: pass
class Cat(Animal):
    def purr(self):
        return 'purr'

c = Cat()
print(type(c), type(c) is Cat, type(c) is Animal)
print(type(c).__name__, type(c).__bases__[0].__name__)
print(type(Cat), type(type), type(object))
print(type(Cat) is type, type(type) is type)
# type() of built-in values.
for v in [1, 1.5, 'x', [1], (1,), {1: 2}, {1}, None, True, range(2), len, Cat.purr]:
    print(type(v).__name__, end=' ')
print()
print(type(c.purr).__name__, type(lambda: 0).__name__, type(Animal.__dict__).__name__)
# A type can be called to make a new instance of the same class.
d = type(c)()
print(type(d) is Cat, d is c)
n = type(5)('42')
print(n, type(n).__name__)
# Comparing types.
print(type(c) == Cat, type(c) != Animal, type(c) in (Animal, Cat))
# type() with the wrong number of arguments.
try:
    type()
except TypeError as e:
    print('TypeError:', e)
try:
    type('A', (object,))
except TypeError as e:
    print('TypeError:', e)
# type() results used as dict keys.
counts = {}
for v in [1, 'a', 2, Cat(), 'b', Animal(), Cat()]:
    counts[type(v)] = counts.get(type(v), 0) + 1
print([(k.__name__, n) for k, n in counts.items()])
# isinstance vs type identity for subclasses.
print(isinstance(c, Animal), type(c) is Animal)
# __class__ assignment is not needed; just read it.
print(c.__class__.__mro__[1].__name__)
