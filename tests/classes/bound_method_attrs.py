# Bound methods are objects of their own with __self__ and __func__.
class A:
    def __init__(self, tag):
        self.tag = tag

    def m(self, x):
        return self.tag + ':' + str(x)

    def __repr__(self):
        return 'A(' + repr(self.tag) + ')'

a = A('one')
b = A('two')
bm = a.m
print(type(bm).__name__, type(A.m).__name__)
print(bm.__self__ is a, bm.__func__ is A.m)
print(bm(1), bm.__func__(b, 2))
print(bm.__name__, bm.__qualname__)
# Each attribute access makes a new bound method object, but they compare equal.
print(a.m is a.m, a.m == a.m, a.m != a.m)
print(a.m == b.m, a.m == A.m, A.m == A.m, A.m is A.m)
print(hash(a.m) == hash(a.m))
# Methods bound to equal-but-distinct instances are different methods.
class E:
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 0
    def m(self):
        pass
e1 = E()
e2 = E()
print(e1 == e2, e1.m == e2.m, e1.m == e1.m)
# The repr shows the method's qualified name and the instance's repr.
print(repr(a.m))
print(repr(b.m))
class Outer:
    class In:
        def go(self):
            pass
        def __repr__(self):
            return '<In>'
print(repr(Outer.In().go))
# A bound method keeps its instance alive and calls with it.
def get():
    return A('temp').m
f = get()
print(f(3), f.__self__)
# Bound methods of the same function on the same instance work as dict keys.
d = {a.m: 'first'}
d[a.m] = 'second'
print(len(d), d[a.m])
# Attributes of the bound method come from the function.
print(a.m.__func__.__name__, callable(a.m))
try:
    a.m.extra = 1
except AttributeError as e:
    print('AttributeError:', e)
