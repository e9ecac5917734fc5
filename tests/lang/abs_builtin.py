# abs() of ints, floats and bools, and its TypeError.
print(abs(5), abs(-5), abs(0), abs(-0.0), abs(-2.5), abs(True), abs(False))
print(abs(-2**62), abs(float('-inf')), abs(float('nan')), type(abs(-1)), type(abs(-1.0)))
try:
    abs('x')
except TypeError as e:
    print(e)
try:
    abs([])
except TypeError as e:
    print(e)
