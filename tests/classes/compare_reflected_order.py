# The order in which comparison methods are tried, with reflected fallbacks.
class L:
    def __init__(self, name, ret=NotImplemented):
        self.name = name
        self.ret = ret
    def __eq__(self, other):
        print(self.name + '.__eq__')
        return self.ret
    def __lt__(self, other):
        print(self.name + '.__lt__')
        return self.ret
    def __gt__(self, other):
        print(self.name + '.__gt__')
        return self.ret
    def __le__(self, other):
        print(self.name + '.__le__')
        return self.ret
    def __ge__(self, other):
        print(self.name + '.__ge__')
        return self.ret
    def __ne__(self, other):
        print(self.name + '.__ne__')
        return self.ret

class R(L):
    pass

x = L('x')
y = L('y', True)
print('x < y:', x < y)
print('x > y:', x > y)
print('x <= y:', x <= y)
print('x >= y:', x >= y)
print('x == y:', x == y)
print('x != y:', x != y)
# A subclass on the right with an override is tried first.
class Sub(L):
    def __lt__(self, other):
        print(self.name + '.__lt__ (Sub)')
        return 'sub'
    def __gt__(self, other):
        print(self.name + '.__gt__ (Sub)')
        return 'sub gt'
a = L('a', 'base')
s = Sub('s')
print('a < s:', a < s)
print('s < a:', s < a)
# For comparisons, a right operand of a subclass is tried first even without an override.
r = R('r', 'r-result')
print('a < r:', a < r)
# Comparing with a built-in: int returns NotImplemented, so the reflected method runs.
z = L('z', 'from z')
print('1 < z:', 1 < z)
print('1 == z:', 1 == z)
print('z == 1:', z == 1)
