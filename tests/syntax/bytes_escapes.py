# adder-only: --ast output of the parser, checked by hand
# args: --ast
a = b'plain'
b = b'\n\t\\\'\"'
c = b'\a\b\f\v\r'
d = b'\x00\x41\xff'
e = b'\101\0\377'
g = b"""triple
bytes"""
h = b'' b'cat' b"enated"
