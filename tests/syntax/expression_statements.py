# adder-only: --ast output of the parser, checked by hand
# args: --ast
1
'docstring-like'
x
f(x)
x + y
a.b
a[0]
[1, 2]
-x
x if y else z
lambda: 0
x == y
