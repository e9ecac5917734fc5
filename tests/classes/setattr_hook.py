# __setattr__ intercepts every assignment; object.__setattr__ / super() stores.
class Validated:
    def __init__(self, x):
        print('init start')
        self.x = x
        print('init end')

    def __setattr__(self, name, value):
        print('__setattr__', name, value)
        if name == 'x' and value < 0:
            raise ValueError('x must be >= 0')
        super().__setattr__(name, value)

v = Validated(3)
print(v.x)
v.x = 10
v.y = 'why'
print(v.__dict__)
try:
    v.x = -1
except ValueError as e:
    print('ValueError:', e)
print(v.x)
setattr(v, 'z', 26)
print(v.z)
# Augmented assignment also goes through __setattr__.
v.x += 5
print(v.x)
# Writing via __dict__ bypasses __setattr__.
v.__dict__['w'] = 'direct'
print(v.w)
# A read-only object.
class Frozen:
    def __init__(self, a):
        object.__setattr__(self, 'a', a)
    def __setattr__(self, name, value):
        raise AttributeError('Frozen is read-only: ' + name)
f = Frozen(1)
print(f.a)
try:
    f.a = 2
except AttributeError as e:
    print('AttributeError:', e)
try:
    f.b = 2
except AttributeError as e:
    print('AttributeError:', e)
print(f.a, hasattr(f, 'b'))
# __setattr__ counting through inheritance.
class Counting:
    sets = 0
    def __setattr__(self, name, value):
        type(self).sets += 1
        object.__setattr__(self, name, value)
class Sub(Counting):
    def __init__(self):
        self.a = 1
        self.b = 2
s = Sub()
s.c = 3
print(Sub.sets, Counting.sets, sorted(s.__dict__))
