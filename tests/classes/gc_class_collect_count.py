# The exact number gc.collect() reports for a dropped class (CPython 3.11's layout of
# a class: the type, its dict, its __mro__ tuple and other internal objects).
import gc
gc.collect()
class Empty:
    pass
del Empty
print('empty class:', gc.collect())
class WithMethod:
    def m(self):
        pass
del WithMethod
print('class with a method:', gc.collect())
class Base:
    pass
class Derived(Base):
    pass
del Derived
print('subclass:', gc.collect())
del Base
print('base:', gc.collect())
C = type('C', (), {})
del C
print('type() class:', gc.collect())
class WithInstance:
    pass
w = WithInstance()
w.me = w
del WithInstance, w
print('class and instance cycle:', gc.collect())
