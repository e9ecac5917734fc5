# adder-only: --ast output of the parser, checked by hand
# args: --ast
@simple
def a():
    pass
@pkg.mod.dotted
def b():
    pass
@factory(1, key=2)
def c():
    pass
@one
@two.three
@four(5)
def d():
    pass
@a[0]
def e():
    pass
@(lambda f: f)
def g():
    pass
class K:
    @staticmethod
    def m():
        pass
    @property
    def p(self):
        return 1
