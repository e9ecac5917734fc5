# adder-only: --ast output of the parser, checked by hand
# args: --ast
def f0():
    pass
def f1(a):
    pass
def f2(a, b=1, c='x'):
    pass
def f3(*args):
    pass
def f4(**kwargs):
    pass
def f5(a, b=2, *args, c, d=4, **kwargs):
    pass
def f6(a, b,):
    pass
def f7(
    a,
    b=None,
):
    return a
