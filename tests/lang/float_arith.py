# float arithmetic and rounding artefacts printed exactly.
print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 1 - 0.9, 0.7 + 0.1)
print(1.5 + 2.25, 10.0 / 4, 2.0 ** 0.5, 1e10 + 1, 1e16 + 1)
print(3.0 * 2, type(3.0 * 2), -1.5 * 2)
print(2.5 // 1, -2.5 // 1, 7.5 % 2, -7.5 % 2)
print(1e-7, 1.23e-8, 0.000123, 123e3)
print(abs(-2.5), -(-0.0), +(-1.5))
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0)
print(float(3), 3.0 == 3, 1e3)
