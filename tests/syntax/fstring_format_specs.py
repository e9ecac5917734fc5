# adder-only: --ast output of the parser, checked by hand
# args: --ast
x = 3.14159
width = 10
precision = 3
a = f'{x:.2f}'
b = f'{x:>10}'
c = f'{x:{width}}'
d = f'{x:{width}.{precision}}'
e = f'{x:0{width}.{precision}f}'
g = f'{42:#x}'
h = f'{1234567:,}'
i = f'{x:!<{width}}'
j = f'{"s":{"^"}{width}}'
k = f'{x:}'
