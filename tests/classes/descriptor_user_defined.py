# User-defined descriptors: __get__ alone (non-data) and __get__ with __set__ (data).
class NonData:
    def __get__(self, obj, owner):
        print('NonData.__get__', obj is None, owner.__name__)
        return 'nondata value'

class Data:
    def __get__(self, obj, owner):
        print('Data.__get__', obj is None, owner.__name__)
        if obj is None:
            return self
        return obj.__dict__.get('_data', 'unset')
    def __set__(self, obj, value):
        print('Data.__set__', value)
        obj.__dict__['_data'] = value
    def __delete__(self, obj):
        print('Data.__delete__')
        obj.__dict__.pop('_data', None)

class Host:
    nd = NonData()
    d = Data()

h = Host()
print(h.nd)
print(Host.nd)
print(h.d)
h.d = 42
print(h.d)
print(type(Host.d).__name__)
# The instance dict beats a non-data descriptor but not a data descriptor.
h.__dict__['nd'] = 'instance nd'
h.__dict__['d'] = 'instance d'
print(h.nd)
print(h.d)
# Assignment to a non-data descriptor name stores in the instance.
h.nd = 'assigned'
print(h.__dict__['nd'])
del h.d
print(h.d)
# Descriptors are inherited.
class Child(Host):
    pass
c = Child()
c.d = 'child'
print(c.d, Child.nd)
# A descriptor that counts accesses.
class Counted:
    def __init__(self):
        self.n = 0
    def __get__(self, obj, owner):
        self.n += 1
        return self.n
class K:
    hits = Counted()
k = K()
print(k.hits, k.hits, K.hits)
