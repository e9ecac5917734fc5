# adder-only: --ast output of the parser, checked by hand
# args: --ast
a, b = b, a
a, b = 1, 2
(a, b) = c
[a, b] = c
a, *b = c
*a, b = c
a, *b, c = d
(a, b), c = d
[a, [b, c]] = d
a, = b
(a.x, b[0]) = 1, 2
x, y = y, x = 1, 2
for a, (b, *c) in d: pass
