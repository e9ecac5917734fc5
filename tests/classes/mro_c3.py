# C3 linearization: __mro__ and mro() for several hierarchies.
def names(cls):
    return [c.__name__ for c in cls.__mro__]

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

for cls in [O, A, K1, K2, K3, Z]:
    print(cls.__name__, names(cls))

# The classic example from the Python 2.3 MRO paper.
class F: pass
class G: pass
class H: pass
class I(F, G): pass
class J(H, F): pass
class Q(I, J): pass
print(names(Q))

# mro() returns a list, __mro__ a tuple, and they agree.
print(type(Q.mro()).__name__, type(Q.__mro__).__name__)
print(Q.mro() == list(Q.__mro__))
print(Q.__mro__[0] is Q, Q.__mro__[-1] is object)
print(object.__mro__ == (object,))
print(names(int), names(bool))

# Built-in bases mixed in.
class MyList(list): pass
class Mixin: pass
class Both(Mixin, MyList): pass
print(names(Both))
print(names(type))

# Deep chains.
class L0: pass
class L1(L0): pass
class L2(L1): pass
class L3(L2): pass
print(names(L3))
class Wide(L1, A, B): pass
print(names(Wide))
