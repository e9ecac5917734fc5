# adder-only: --ast output of the parser, checked by hand
# args: --ast
a = (x for x in y)
b = (x * y for x in a for y in b if x if y)
c = ((x, y) for x in a for y in b)
d = (x for x in (y for y in z))
e = list(x for x in range(3))
f = (x for x, in y)
