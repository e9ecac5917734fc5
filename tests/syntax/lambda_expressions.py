# adder-only: --ast output of the parser, checked by hand
# args: --ast
f0 = lambda: 0
f1 = lambda x: x
f2 = lambda x, y: x + y
f3 = lambda x, *a, k=1, **kw: x
f4 = lambda *, k: k
f5 = lambda a, /, b: a
f6 = lambda x=1, y=2: x * y
f7 = lambda *args: args
f8 = lambda **kw: kw
f9 = lambda x: lambda y: x + y
g = (lambda: 1)()
h = lambda x: (yield_ := x)
