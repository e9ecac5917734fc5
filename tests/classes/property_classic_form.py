# property(fget, fset, fdel, doc) built by a call, and its doc string.
class Account:
    def __init__(self):
        self._balance = 0
        self.history = []

    def get_balance(self):
        self.history.append('get')
        return self._balance

    def set_balance(self, value):
        self.history.append('set ' + str(value))
        self._balance = value

    def del_balance(self):
        self.history.append('del')
        self._balance = 0

    balance = property(get_balance, set_balance, del_balance, 'The balance.')
    doubled = property(lambda self: self._balance * 2)

a = Account()
a.balance = 10
print(a.balance, a.doubled)
a.balance = a.balance + 5
del a.balance
print(a.balance)
print(a.history)
print(Account.balance.__doc__)
# The getter's docstring is used when no doc is given.
class B:
    def get_x(self):
        'Doc of get_x.'
        return 42
    x = property(get_x)
    y = property(get_x, doc='explicit')
print(B.x.__doc__, B.y.__doc__, B().x)
# Keyword arguments.
class C:
    v = property(fget=lambda self: 'got', doc='kw')
print(C().v, C.v.__doc__)
# A property with no getter.
class W:
    only_set = property(None, lambda self, v: print('set to', v))
w = W()
w.only_set = 5
try:
    w.only_set
except AttributeError as e:
    print('AttributeError:', e)
# Properties are inherited and can be overridden.
class D(Account):
    balance = property(lambda self: -1)
d = D()
print(d.balance)
try:
    d.balance = 3
except AttributeError as e:
    print('AttributeError:', e)
