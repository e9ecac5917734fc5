# Reference counts seen inside methods and of bound methods.
import sys

class A:
    def count_self(self):
        return sys.getrefcount(self)

    def count_self_with_local(self):
        me = self
        return sys.getrefcount(self)

    def count_other(self, other):
        return sys.getrefcount(other)

a = A()
print('self in a method:', a.count_self())
print('self with a local alias:', a.count_self_with_local())
print('through the class:', A.count_self(a))
b = A()
print('argument:', a.count_other(b))
print('temporary instance:', A().count_self())
print('a after calls:', sys.getrefcount(a))
# A bound method holds a reference to its instance.
m = a.count_self
print('instance with a bound method alive:', sys.getrefcount(a))
print('bound method:', sys.getrefcount(m))
print('calling it:', m())
m2 = m
print('bound method aliased:', sys.getrefcount(m))
del m, m2
print('instance after the method is gone:', sys.getrefcount(a))
# A method stored on the instance.
a.saved = a.count_self
print('with a stored bound method:', sys.getrefcount(a))
del a.saved
print('after del:', sys.getrefcount(a))
# The function behind the methods.
f = A.__dict__['count_other']
print('function in class dict and f:', sys.getrefcount(f))
print('A.count_other is f:', A.count_other is f)
# In a function, a local instance.
def local_count():
    x = A()
    return sys.getrefcount(x)
print('local:', local_count())
