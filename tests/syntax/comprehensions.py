# adder-only: --ast output of the parser, checked by hand
# args: --ast
a = [x for x in y]
b = [x * y for x in a for y in b]
c = [x for x in y if x if x > 1]
d = [x for x in a if x for y in b if y]
e = {x for x in y}
f = {k: v for k, v in items}
g = {k: [v for v in vs if v] for k, vs in z}
h = [[x for x in row] for row in matrix]
i = [(x, y) for x, y in zip(a, b)]
j = [x for x in lambda_ if not x]
