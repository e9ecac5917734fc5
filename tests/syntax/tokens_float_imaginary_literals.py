# adder-only: --tokens output of the lexer, checked by hand
# args: --tokens
a = 1.5
b = 1.
c = .5
d = 1e10
e = 1E-5
f = 1_000.000_1
g = 1e+3
h = 0.0
i = 3j
j = 1.5J
k = .5j
l = 1e3j
m = 00.5
n = 1_0e1_0
o = 0e0
