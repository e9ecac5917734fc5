# pow() with two and three arguments and negative exponents.
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 3), pow(4, 0.5), pow(0, 0), pow(9, 0.5))
print(pow(3, 4, 5), pow(2, 62, 1000000007), pow(-3, 3, 7), pow(3, 3, -7), pow(7, 0, 1))
print(pow(3, -1, 7), pow(2, -1, 9), pow(5, -2, 13))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(e)
try:
    pow(0.0, -1)
except ZeroDivisionError as e:
    print(e)
