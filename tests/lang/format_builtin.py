# format() builtin with an empty spec and simple specs for each type.
print(format(42), format(3.5), format('s'), format(True), format(None), format([1, 'a']))
print(format(42, 'd'), format(42, '5'), format('ab', '5'), format(3.14159, '.2f'), format(True, 'd'))
print(format(255, 'x'), format(255, 'X'), format(255, '#x'), format(8, 'o'), format(5, 'b'), format(65, 'c'))
print(format(1234567, ','), format(1234567, '_'), format(0.5, '%'), format(1e-7, 'g'), format(1e20, 'g'))
print(repr(format(True, '')), repr(format(1.0, '')), repr(format(1e16)), format(True, '>6'))
try:
    format('s', 'd')
except ValueError as e:
    print(e)
try:
    format(1.5, 'd')
except ValueError as e:
    print(e)
try:
    format([1], 'x')
except TypeError as e:
    print(e)
