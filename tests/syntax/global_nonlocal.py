# adder-only: --ast output of the parser, checked by hand
# args: --ast
counter = 0
def bump():
    global counter
    counter += 1
def many():
    global a, b, c
    a = b = c = 0
def outer():
    x = 0
    y = 0
    def inner():
        nonlocal x
        nonlocal x, y
        x += 1
    inner()
    return x
