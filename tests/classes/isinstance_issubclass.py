# isinstance and issubclass through the MRO, with tuples, and their errors.
class A: pass
class B(A): pass
class C(B): pass
class D: pass
class E(C, D): pass

objs = [A(), B(), C(), D(), E()]
classes = [A, B, C, D, E, object]
for o in objs:
    print(type(o).__name__, [k.__name__ for k in classes if isinstance(o, k)])
for k in classes[:5]:
    print(k.__name__, [b.__name__ for b in classes if issubclass(k, b)])
# Tuples of classes, nested tuples, empty tuple.
print(isinstance(B(), (D, A)), isinstance(B(), (D, int)), isinstance(B(), ()))
print(issubclass(E, (int, (str, D))), issubclass(A, (B, C)))
# A class is a subclass of itself, but not an instance of itself.
print(issubclass(A, A), isinstance(A, A), isinstance(A, type), isinstance(A, object))
# Built-in types.
print(isinstance(True, int), issubclass(bool, int), isinstance(1, bool))
print(isinstance([], object), issubclass(type, object), isinstance(type, type))
class MyInt(int): pass
print(isinstance(MyInt(3), int), issubclass(MyInt, int), issubclass(int, MyInt))
class MyErr(KeyError): pass
print(issubclass(MyErr, LookupError), issubclass(MyErr, Exception), issubclass(MyErr, ValueError))
# Errors.
try:
    issubclass(A(), A)
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(A, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    isinstance(A(), 1)
except TypeError as e:
    print('TypeError:', e)
try:
    isinstance(A(), (D, 1))
except TypeError as e:
    print('TypeError:', e)
# A matching entry before a bad one short-circuits.
print(isinstance(A(), (A, 1)))
# __class__ is the instance's type.
e = E()
print(e.__class__ is E, e.__class__.__name__, E.__class__ is type)
print(type(e) is E, type(e) is C, type(e) == E)
