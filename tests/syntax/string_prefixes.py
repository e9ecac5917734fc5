# adder-only: --ast output of the parser, checked by hand
# args: --ast
a = r'raw \d'
b = R"raw \d"
c = b'bytes'
d = B"bytes"
e = f'{a}'
g = F"{a}"
h = rb'\x00'
i = Rb'\x00'
j = bR'\x00'
k = BR'\x00'
l = br'\x00'
m = Br'\x00'
n = fr'{a}\n'
o = Fr'{a}\n'
p = fR'{a}\n'
q = rf'{a}\n'
r = RF'{a}\n'
s = rF'{a}\n'
t = u'unicode prefix'
