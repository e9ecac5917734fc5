# adder-only: --ast output of the parser, checked by hand
# args: --ast
a = {}
b = {'k': 1}
c = {'a': 1, 'b': 2,}
d = {1, 2, 3}
e = {1}
f = {(1, 2): [3], 4: {5: 6}}
g = {x: y for x, y in z}
h = {k: v for k, v in d.items() if v}
i = {1: 'a', 2: lambda: 0}
