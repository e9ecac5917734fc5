# adder-only: --ast output of the parser, checked by hand
# args: --ast
def g1():
    yield
def g2():
    yield 1
def g3():
    yield 1, 2
def g4():
    x = yield
    y = yield x
    z = yield x, y
def g5():
    print((yield))
    f((yield 1))
    a = (yield 1) + 2
def g6():
    yield a if b else c
    yield *a, b
