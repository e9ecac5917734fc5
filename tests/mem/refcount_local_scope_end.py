# A local bound inside a function stops counting once the function returns.
import sys
a = [1, 2]
before = sys.getrefcount(a)
def f():
    y = a
    z = a
    return sys.getrefcount(a) - before
print(f())
print(sys.getrefcount(a) - before)
