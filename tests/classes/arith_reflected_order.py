# Which of __add__ and __radd__ runs first, and when the reflected one is skipped.
# The order of attempts: left __add__, then right __radd__ (different classes).
class L:
    def __init__(self, name, result=NotImplemented):
        self.name = name
        self.result = result
    def __add__(self, o):
        print(self.name + '.__add__')
        return self.result
    def __radd__(self, o):
        print(self.name + '.__radd__')
        return self.result
class M(object):
    __init__ = L.__init__
    __add__ = L.__add__
    __radd__ = L.__radd__
print(L('x') + M('y', 'y wins'))
print(M('m', 'm wins') + L('l'))
# Same class on both sides: the reflected method is not tried.
try:
    L('a') + L('b', 'never')
except TypeError as e:
    print('TypeError:', e)
# A subclass of the left operand's class that overrides the reflected method goes first.
class SubL(L):
    def __radd__(self, o):
        print(self.name + '.__radd__ (SubL)')
        return 'sub wins'
print(L('base', 'base wins') + SubL('sub'))
# A subclass that does not override it is not tried first.
class PlainSub(L):
    pass
print(L('base', 'base wins') + PlainSub('psub', 'psub wins'))
print(L('base') + PlainSub('psub', 'psub wins'))
# Both give up: TypeError names the operand types.
try:
    L('a') + M('b')
except TypeError as e:
    print('TypeError:', e)
try:
    1 - L('c')
except TypeError as e:
    print('TypeError:', e)
try:
    L('d') * 'x'
except TypeError as e:
    print('TypeError:', e)
