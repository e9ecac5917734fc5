# In-place operator methods, and the fallback to the binary ones.
class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'Acc(' + repr(self.v) + ')'
    def __iadd__(self, o):
        print('__iadd__', o)
        self.v += o
        return self
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        self.v *= o
        return self
    def __itruediv__(self, o):
        self.v /= o
        return self
    def __ifloordiv__(self, o):
        self.v //= o
        return self
    def __imod__(self, o):
        self.v %= o
        return self
    def __ipow__(self, o):
        self.v **= o
        return self
    def __ilshift__(self, o):
        self.v <<= o
        return self
    def __irshift__(self, o):
        self.v >>= o
        return self
    def __iand__(self, o):
        self.v &= o
        return self
    def __ior__(self, o):
        self.v |= o
        return self
    def __ixor__(self, o):
        self.v ^= o
        return self

a = Acc(10)
alias = a
a += 5
a -= 3
a *= 4
print(a, a is alias)
a //= 5
a %= 7
a **= 3
a <<= 2
a >>= 1
a &= 0xff
a |= 1
a ^= 3
print(a, a is alias)
a /= 4
print(a)
