# adder-only: --tokens output of the lexer, checked by hand
# args: --tokens
a = 0
b = 00
c = 000
d = 7
e = 1_000_000
f = 0x1F
g = 0XdeadBEEF
h = 0o17
i = 0O777
j = 0b1010
k = 0B1_0_1
l = 0x_ff_ff
m = 1234567890123456789012345678901234567890
n = 0_0
