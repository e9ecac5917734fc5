# adder-only: --ast output of the parser, checked by hand
# args: --ast
a = not x == y
b = x or y and z
c = (x or y) and z
d = not x or not y
e = not not x
f = x and y or z and w
g = x or y or z
h = x and y and z
i = not x in y
j = x == y and y != z or not w
