# adder-only: --ast output of the parser, checked by hand
# args: --ast
v = 'text'
a = f'{v!r}'
b = f'{v!s}'
c = f'{v!a}'
d = f'{v!r:>10}'
e = f'{v!s:^{4}}'
g = f'{v=!r}'
h = f'{v!a}{v!s}{v!r}'
