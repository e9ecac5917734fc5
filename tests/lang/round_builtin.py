# round(): banker's rounding, ndigits (positive and negative) and result types.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(3.14159, 3))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(7), round(7, 2), round(7.0), round(7.0, 0), round(-0.4), round(0.0, 1))
print(type(round(2.5)), type(round(2.5, 0)), type(round(5, 1)), type(round(5, -1)))
print(round(1e16 + 0.5), round(123.456, 10), round(5e-324, 5), round(float('inf'), 2))
try:
    round(float('inf'))
except OverflowError as e:
    print(e)
try:
    round(float('nan'))
except ValueError as e:
    print(e)
try:
    round('1.5')
except TypeError as e:
    print(e)
