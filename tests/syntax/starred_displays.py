# adder-only: --ast output of the parser, checked by hand
# args: --ast
a = [*x, *y]
b = (*x, 1)
c = {*x, *y, 3}
d = {**m, 'k': 1}
e = {'k': 1, **m, **n}
f = *x, *y
g = [1, *x, 2]
h = *x,
