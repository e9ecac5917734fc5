# import sys: the module object and a few attributes.
import sys
print(type(sys).__name__, sys.__name__)
print(sys.maxsize == 2**62 - 1 + 2**62, sys.version_info[0])
print(type(sys.argv).__name__)
print(sys.getrecursionlimit() > 100)
import sys as system
print(system is sys)
def f():
    import sys
    return sys
print(f() is sys)
