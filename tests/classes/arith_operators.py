# Binary operator methods: + - * / // % ** << >> & | ^ and divmod/pow.
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'V(' + repr(self.v) + ')'
    def _other(self, o):
        return o.v if isinstance(o, V) else o
    def __add__(self, o):
        return V(self.v + self._other(o))
    def __sub__(self, o):
        return V(self.v - self._other(o))
    def __mul__(self, o):
        return V(self.v * self._other(o))
    def __truediv__(self, o):
        return V(self.v / self._other(o))
    def __floordiv__(self, o):
        return V(self.v // self._other(o))
    def __mod__(self, o):
        return V(self.v % self._other(o))
    def __pow__(self, o, mod=None):
        if mod is None:
            return V(self.v ** self._other(o))
        return V(pow(self.v, self._other(o), mod))
    def __lshift__(self, o):
        return V(self.v << self._other(o))
    def __rshift__(self, o):
        return V(self.v >> self._other(o))
    def __and__(self, o):
        return V(self.v & self._other(o))
    def __or__(self, o):
        return V(self.v | self._other(o))
    def __xor__(self, o):
        return V(self.v ^ self._other(o))
    def __divmod__(self, o):
        return (self // o, self % o)

a = V(17)
b = V(5)
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, a ** 2, pow(a, 2, 7))
print(a << 2, a >> 1, a & b, a | b, a ^ b)
print(divmod(a, b))
print(a + 1, a * 2 + b)
print(V(2) ** V(10))
# Operator precedence still applies.
print(a + b * V(2), (a + b) * 2)
# Results can be of any type.
class Weird:
    def __add__(self, o):
        return 'weird + ' + repr(o)
    def __mul__(self, o):
        return [o] * 2
print(Weird() + 3, Weird() * 'x')
# Errors raised inside operator methods propagate.
try:
    V(1) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
