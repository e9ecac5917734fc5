# import ... as binds the module under another name.
import math as m
import time as t, sys as s
print(m.sqrt(2), m.floor(-0.5), m.__name__, t.__name__, s.__name__)
import math
print(m is math)
def local_import():
    import math as inner
    return inner.pi
print(local_import())
try:
    math
    del math
    math.pi
except NameError as e:
    print(e)
print(m.pi)
