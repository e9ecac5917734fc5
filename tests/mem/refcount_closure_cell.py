# A closure keeps a captured object alive through its cell.
import sys
def make():
    obj = [1, 2, 3]
    def get():
        return obj
    return get
g = make()
x = g()
print(sys.getrefcount(x))
del g
print(sys.getrefcount(x))
