# AttributeError messages for instances, classes and built-in objects, as 3.11 prints them.
class A:
    pass

class B(A):
    x = 1

def show(fn):
    try:
        fn()
    except AttributeError as e:
        print(type(e).__name__ + ':', e)

a = A()
show(lambda: a.x)
show(lambda: A.x)
show(lambda: B().y)
show(lambda: B.y)
show(lambda: (1).foo)
show(lambda: 'abc'.foo)
show(lambda: [].foo)
show(lambda: None.foo)
show(lambda: object().foo)
show(lambda: A.__name__.foo)
# Setting attributes on objects without a __dict__.
def set_on_object():
    object().foo = 1
show(set_on_object)
def set_on_int():
    (5).real = 1
show(set_on_int)
def set_on_list():
    [].foo = 1
show(set_on_list)
def set_builtin_type():
    int.foo = 1
try:
    set_builtin_type()
except TypeError as e:
    print('TypeError:', e)
# Deleting a missing attribute.
def del_missing():
    del a.nothing
show(del_missing)
# Exception args of an AttributeError raised by lookup.
try:
    a.zzz
except AttributeError as e:
    print(e.args)
# Nested class names use the plain name in the message.
class Outer:
    class Inner:
        pass
show(lambda: Outer.Inner().q)
show(lambda: Outer.Inner.q)
