# adder-only: --ast output of the parser, checked by hand
# args: --ast
def f():
    return
def g():
    return 1
def h():
    return 1, 2
def i():
    return (1, 2)
def j():
    return *a, b
def k(x):
    if x:
        return x + 1
    return None
def l():
    return lambda: 0
