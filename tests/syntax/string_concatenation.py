# adder-only: --ast output of the parser, checked by hand
# args: --ast
a = 'one' "two"
b = 'one' 'two' '''three'''
c = ('multi'
     'line'
     "joined")
d = r'\raw' '\n' r"\raw"
x = 5
e = 'x is ' f'{x}' '!'
g = f'{x}' f"{x + 1}"
h = 'plain' f'{x!r}' rf'\{x}'
i = b'by' b'tes'
j = ('' f'' '')
