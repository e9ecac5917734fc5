# float(): from ints, strings (with whitespace, exponents, specials) and errors.
print(float(), float(3), float(-0), float('1.5'), float('  -2.25\n'), float('1e3'), float('1E-3'))
print(float('.5'), float('5.'), float('+7'), float('1_000.5'), float('inf'), float('-Infinity'))
print(float('nan'), float('  NaN '), float('1e400'), float('-1e400'), float('16'))
print(float(True), float('123456789012345678'), float('0.1'))
for bad in ('', 'abc', '1.2.3', '1e', 'in f', '1_', '--1', '0x10'):
    try:
        float(bad)
    except ValueError as e:
        print(e)
for bad in (None, [1.0]):
    try:
        float(bad)
    except TypeError as e:
        print(e)
