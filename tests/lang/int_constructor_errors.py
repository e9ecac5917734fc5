# int() errors: bad literals, bad bases, wrong types.
cases = [('x',), ('',), ('1.5',), ('12a',), ('0x10',), ('1__0',), ('_1',), (' ',),
         ('9', 8), ('2', 2), ('g', 16), ('10', 1), ('10', 37), ('007', 0), ('1 2',)]
for args in cases:
    try:
        print(int(*args))
    except ValueError as e:
        print('ValueError:', e)
for bad in (None, [1], '1'.split, (1,)):
    try:
        int(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    int(5, 10)
except TypeError as e:
    print('TypeError:', e)
for v in (float('inf'), float('-inf'), float('nan')):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ':', e)
