# The absolute sys.getrefcount values CPython 3.11 gives for classes; they count the
# class's own internal references (its __mro__ tuple and the descriptors in its dict).
import sys

class Empty:
    pass
print('fresh class:', sys.getrefcount(Empty))

class K:
    def m(self):
        pass
print('class with a method:', sys.getrefcount(K))
k = K()
print('class with an instance:', sys.getrefcount(K))

class Sub(Empty):
    pass
print('subclass:', sys.getrefcount(Sub))
print('base after subclassing:', sys.getrefcount(Empty))

class SubSub(Sub):
    pass
print('sub-subclass:', sys.getrefcount(SubSub), 'its base:', sys.getrefcount(Sub))
D = type('D', (), {})
print('type() class:', sys.getrefcount(D))
