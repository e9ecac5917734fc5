# adder-only: --ast output of the parser, checked by hand
# args: --ast
class A:
    pass
class B():
    pass
class C(A):
    x = 1
class D(A, B):
    def m(self):
        return self
class E(metaclass=Meta):
    pass
class F(A, metaclass=Meta, flag=True):
    pass
class G(*bases, **kw):
    pass
class H(mod.Base):
    '''docstring'''
    class Inner:
        pass
class I: pass
