# MRO conflicts and invalid base lists raise TypeError at class creation.
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class C(A, B): pass
except TypeError as e:
    print('TypeError:', e)

# A base listed before its own subclass.
try:
    class D(X, A): pass
except TypeError as e:
    print('TypeError:', e)
# The other order is fine.
class D2(A, X): pass
print([c.__name__ for c in D2.__mro__])

# Duplicate bases.
try:
    class E(X, X): pass
except TypeError as e:
    print('TypeError:', e)

# object before another class.
try:
    class F(object, X): pass
except TypeError as e:
    print('TypeError:', e)

# Some built-in types cannot be subclassed.
try:
    class G(bool): pass
except TypeError as e:
    print('TypeError:', e)

# The failing class statement binds nothing.
print('C' in globals(), 'E' in globals())

# Same checks through type(name, bases, dict).
try:
    type('H', (A, B), {})
except TypeError as e:
    print('TypeError:', e)
try:
    type('I', (X, X), {})
except TypeError as e:
    print('TypeError:', e)
# Three-way conflict.
class P: pass
class Q: pass
class R: pass
class PQ(P, Q): pass
class QR(Q, R): pass
class RP(R, P): pass
try:
    class All(PQ, QR, RP): pass
except TypeError as e:
    print('TypeError:', e)
