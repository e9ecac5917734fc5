# adder-only: --ast output of the parser, checked by hand
# args: --ast
a = 1 + 2 * 3
b = (1 + 2) * 3
c = 1 - 2 - 3
d = 8 / 4 / 2
e = 7 // 2 * 3 % 4
f = a @ b @ c + d
g = a * b + c * d - e / f
h = a - -b + +c
i = a % b ** c
j = a + b * c ** d
