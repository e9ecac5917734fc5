# An exception in __del__ goes to stderr as "Exception ignored in: <repr of the __del__ object>".
# Here __del__ is a callable object with a fixed repr, so the message has no address.
import sys
class Deleter:
    def __init__(self, label):
        self.label = label
    def __call__(self):
        print('Deleter called for', self.label)
        raise ValueError('failure in ' + self.label)
    def __repr__(self):
        return '<Deleter ' + self.label + '>'

class A:
    __del__ = Deleter('A')

class B:
    __del__ = Deleter('B')

a = A()
del a
print('continues after A')
b = B()
b = None
print('continues after B')
def scope():
    local = A()
    print('leaving scope')
scope()
print('done')
# Exit non-zero so that the test compares stderr too.
sys.exit(1)
