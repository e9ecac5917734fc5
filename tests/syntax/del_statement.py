# adder-only: --ast output of the parser, checked by hand
# args: --ast
del x
del x, y
del a[0]
del a[1:2]
del a[::2]
del a.b
del a.b.c
del (x, y)
del [x, y]
del a[0], b.c, d
del (x)
del x,
