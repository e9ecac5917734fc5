# int ** int: exact for non-negative exponents, float for negative ones.
print(2 ** 10, 3 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, 1 ** 100)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1, (-2) ** -2)
print(type(2 ** 3), type(2 ** -1))
print(2 ** 62, -2 ** 62, 2 ** 61 + (2 ** 61 - 1))
print(7 ** 20)
print(4 ** 0.5, 2 ** 0.5, 8 ** (1 / 3))
print(2.0 ** 3, type(2.0 ** 3))
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
x = 3
x **= 3
print(x)
