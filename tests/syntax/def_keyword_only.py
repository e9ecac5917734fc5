# adder-only: --ast output of the parser, checked by hand
# args: --ast
def f(*, a):
    pass
def g(*, a=1, b):
    pass
def h(x, *, y, z=3):
    pass
def i(x, *rest, y, **kw):
    pass
def j(*, a, **kw):
    pass
