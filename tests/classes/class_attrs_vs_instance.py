# Class attributes are shared; instance attributes shadow them.
class Counter:
    count = 0
    shared = []

    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.shared.append(name)

a = Counter('a')
b = Counter('b')
print(Counter.count, a.count, b.count)
print(Counter.shared, a.shared is b.shared)
# Assigning through an instance creates an instance attribute.
a.count = 99
print(a.count, b.count, Counter.count)
print(sorted(a.__dict__), sorted(b.__dict__))
# Deleting the instance attribute uncovers the class attribute again.
del a.count
print(a.count)
# Rebinding the class attribute is seen by every instance without its own.
Counter.count = 50
print(a.count, b.count)
# Augmented assignment through an instance reads the class and writes the instance.
b.count += 1
print(b.count, Counter.count, 'count' in b.__dict__)
# Mutating a shared list through one instance is visible everywhere.
a.shared.append('x')
print(b.shared, Counter.shared)
# Rebinding the list on an instance separates it.
a.shared = ['own']
print(a.shared, b.shared)
# New class attributes appear on existing instances.
Counter.added = 'late'
print(a.added, b.added)
# Instance attributes are not visible on the class.
try:
    Counter.name
except AttributeError as e:
    print('AttributeError:', e)
# Each instance has its own namespace.
c = Counter('c')
c.extra = 1
print(hasattr(c, 'extra'), hasattr(a, 'extra'))
print(Counter.count, len(Counter.shared))
