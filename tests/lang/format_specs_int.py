# Format specs for ints: fill, align, sign, width, grouping, bases, zero padding.
n = 1234
for spec in ['', 'd', '8d', '<8d', '>8', '^8d', '*^9', '08d', '+d', ' d', '-d', '+08d', ',',
             '_', '12,d', '012,d', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', '_b', '#010x',
             '=+8', 'e', '.2f', '%', 'c']:
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)) if spec != 'c' else '')
print(format(0, '#x'), format(0, '+'), format(-0, '05d'), format(2**62, ','))
try:
    format(5, '.2d')
except ValueError as e:
    print(e)
try:
    format(5, 's')
except ValueError as e:
    print(e)
try:
    format(5, ',x')
except ValueError as e:
    print(e)
