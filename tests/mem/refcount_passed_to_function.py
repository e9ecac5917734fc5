# Inside a callee the argument's count is higher than outside, and back after return.
import sys
a = [1, 2, 3]
outside = sys.getrefcount(a)
def f(x):
    return sys.getrefcount(x)
print(f(a) > outside)
print(sys.getrefcount(a) - outside)
