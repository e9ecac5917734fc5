# A literal's object is held by the code's constants and, while the module runs, by
# the syntax tree it was compiled from: one reference for each distinct constant.
import sys

a = 1000
print(sys.getrefcount(a))
b = 1000
print(sys.getrefcount(a))
f = 2.5
print(sys.getrefcount(f))
s = 'a b'
print(sys.getrefcount(s))
w = 'hello'
print(sys.getrefcount(w))
t = (1, 2)
print(sys.getrefcount(t))
n = -7001
print(sys.getrefcount(n))

def g():
    # A constant of a function: its code's constants, the tree, the local, the argument.
    x = 123456
    return sys.getrefcount(x)

print(g())

def h():
    # The same constant as a module-level one is the same object.
    return 1000, 1000

print(sys.getrefcount(a))
big = [1000] * 3
print(sys.getrefcount(a))
del big, b
print(sys.getrefcount(a))
