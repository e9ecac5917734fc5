# Format specs for strings: alignment, fill, width and precision (truncation).
for spec in ['', 's', '10', '<10', '>10', '^10', '^11', '*<8', '-^9', '.2', '10.3', '>6.1', '0>5', '=^3']:
    print(repr(spec), repr(format('hello', spec)))
print(repr(format('日本', '^6')), repr(format('é', '*>3')), repr(format('', '3')))
try:
    format('x', '=5')
except ValueError as e:
    print(e)
try:
    format('x', '+')
except ValueError as e:
    print(e)
