# Attribute lookup order: data descriptors on the type, then the instance dict,
# then non-data descriptors (functions) and plain class attributes.
class A:
    plain = 'class plain'

    @property
    def prop(self):
        return 'from property'

    def method(self):
        return 'from method'

a = A()
# Put the same names into the instance dict directly.
a.__dict__['prop'] = 'instance prop'
a.__dict__['method'] = lambda: 'instance method'
a.__dict__['plain'] = 'instance plain'
print(a.prop)        # property (data descriptor) wins
print(a.method())    # instance dict beats the function
print(a.plain)       # instance dict beats the class attribute
print(a.__dict__['prop'])
del a.__dict__['method']
print(a.method())
# Assigning through the instance to a property name calls the property, not the dict.
try:
    a.prop = 'x'
except AttributeError as e:
    print('AttributeError:', e)
print(a.__dict__['prop'])
# A property defined in a subclass hides a base-class attribute and an instance value.
class B(A):
    @property
    def plain(self):
        return 'B property plain'
b = B()
b.__dict__['plain'] = 'instance'
print(b.plain)
# A class attribute defined later in the MRO is found only if nothing earlier has it.
class C(B):
    plain = 'C plain'
print(C().plain)
# Methods replaced on the instance are not bound.
class D:
    def m(self):
        return 'D.m'
d = D()
d.m = lambda: 'replaced'
print(d.m(), D.m(d))
del d.m
print(d.m())
# Class attribute found through the class when the instance has the same name.
d.x = 'inst'
D.x = 'cls'
print(d.x, D.x, type(d).x)
# Looking up through the class gives the raw function, through the instance a bound method.
print(type(D.__dict__['m']).__name__, type(D.m).__name__, type(d.m).__name__)
