# adder-only: --ast output of the parser, checked by hand
# args: --ast
a = -x**2
b = 2**-1
c = 2**3**2
d = -2**-3**-1
e = (-x)**2
f = ~x**2
g = +-~x
h = -x * y
i = not -x
j = x ** y ** z
