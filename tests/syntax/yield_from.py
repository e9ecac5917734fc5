# adder-only: --ast output of the parser, checked by hand
# args: --ast
def g():
    yield from range(3)
def h():
    x = yield from g()
    yield from (a for a in b)
    return (yield from h())
def i():
    yield from [1, 2]
