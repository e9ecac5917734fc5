# adder-only: --ast output of the parser, checked by hand
# args: --ast
r = a if b else c
s = a if b else c if d else e
t = (a if b else c) if d else e
u = a or b if c and d else e
v = lambda: a if b else c
w = [x if x else -x for x in y]
f(a if b else c, d)
