# A default argument value is held by the function object.
import sys
a = [1]
before = sys.getrefcount(a)
def f(x=a):
    return x
print(sys.getrefcount(a) - before)
del f
print(sys.getrefcount(a) - before)
