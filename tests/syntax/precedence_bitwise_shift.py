# adder-only: --ast output of the parser, checked by hand
# args: --ast
r = a | b ^ c & d << e + f * g
s = a << b >> c
t = (a | b) & c
u = a ^ b | c ^ d
v = a & b ^ c & d
w = ~a & ~b
x = a >> b + c
y = a + b << c - d
z = a < b | c
