# __repr__ and __str__: print, str(), repr(), containers and f-strings.
class Money:
    def __init__(self, amount, cur):
        self.amount = amount
        self.cur = cur
    def __repr__(self):
        return 'Money(' + repr(self.amount) + ', ' + repr(self.cur) + ')'
    def __str__(self):
        return str(self.amount) + ' ' + self.cur

m = Money(5, 'EUR')
print(m)
print(str(m), repr(m))
print([m, m])
print((m,), {'k': m})
print(f'{m}|{m!r}|{m!s}')
print('%s and %r' % (m, m))
print('{} {!r}'.format(m, m))
# Only __repr__: str() uses it.
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
# Only __str__: repr() is the default (here checked only by its prefix).
class OnlyStr:
    def __str__(self):
        return 'only str'
o = OnlyStr()
print(o, repr(o).startswith('<__main__.OnlyStr object at '))
print(repr([o]).startswith('[<__main__.OnlyStr object'))
# Inherited __repr__ using the dynamic class name.
class Base:
    def __repr__(self):
        return type(self).__name__ + '()'
class Derived(Base):
    pass
print(Base(), Derived(), [Derived()])
# Errors: returning a non-string.
class BadRepr:
    def __repr__(self):
        return 42
class BadStr:
    def __str__(self):
        return None
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError:', e)
try:
    str(BadStr())
except TypeError as e:
    print('TypeError:', e)
try:
    print(BadStr())
except TypeError as e:
    print('TypeError:', e)
# A recursive structure through __repr__.
class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt
    def __repr__(self):
        return 'Node(' + repr(self.v) + ', ' + repr(self.nxt) + ')'
print(Node(1, Node(2, Node(3))))
