# adder-only: --ast output of the parser, checked by hand
# args: --ast
def f(a, /):
    pass
def g(a, b, /, c):
    pass
def h(a, b=1, /, c=2, *, d, e=5, **kw):
    pass
def i(a, /, *args):
    pass
def j(a=1, /, b=2):
    pass
def k(a, /, *, b):
    pass
