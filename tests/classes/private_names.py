# Private names: __x inside a class is stored as _Class__x (CPython's name mangling).
class A:
    def __init__(self): self.__x = 1; self.__y__ = 2
    def get(self): return self.__x
    def __priv(self): return 'p'
    def call(self): return self.__priv()
a = A(); print(sorted(vars(a)), a.get(), a._A__x, a.call(), '_A__priv' in A.__dict__)
def f():
    class B:
        __z = 5
        def g(self): return B.__z
    return B().g()
print(f())
class __C:
    __q = 1
print(list(vars(__C))[:2])
class D:
    def m(self, __a): return __a
    class __E:
        __k = 3
print(D().m(4), D._D__E._E__k)
print(D._D__E.__name__, D._D__E.__qualname__, A._A__priv.__name__, A._A__priv.__qualname__)
class Account:
    def __init__(self, balance):
        self.__balance = balance
    def deposit(self, n):
        self.__balance += n
        return self.__balance
acct = Account(10)
print(acct.deposit(5), hasattr(acct, '__balance'), acct._Account__balance)
try:
    acct.__balance
except AttributeError as e:
    print(e)
class Sub(Account):
    def peek(self):
        return self.__balance
try:
    Sub(1).peek()
except AttributeError as e:
    print(e)
