# adder-only: --ast output of the parser, checked by hand
# args: --ast
a = x < y < z
b = x <= y >= z
c = x == y != z
d = x in y not in z
e = x is y is not z
f = 1 < x <= 10 == y
g = x not in y
h = x is not None
i = a < b > c != d in e not in f is g is not h
j = (x < y) < z
