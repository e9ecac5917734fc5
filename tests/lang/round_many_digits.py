# Rounding of floats and ints to many digit counts, as CPython's correctly rounded round().
vals = []
x = 0.123456789
for i in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    v = x / 2147483648 * 10 ** ((i % 30) - 15)
    if i % 3 == 0:
        v = -v
    vals.append(v)
vals += [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 1e22, 1e-22, 5e-324, 1.7976931348623157e308, 123.456, -0.5, 0.05, 0.15, 0.25, 0.35, 0.45]
for v in vals:
    out = [repr(round(v, n)) for n in (-20, -3, -1, 0, 1, 2, 3, 5, 8, 15, 17, 20, 400)]
    out.append(repr(round(v)) if abs(v) < 1e18 else '')
    print(repr(v), ' '.join(out))
for i in [12345, -12345, 5, 15, 25, 35, -25, 2**62, 1, 0, 999999, 1000000]:
    print([round(i, n) for n in (-10, -6, -5, -3, -2, -1, 0, 2)])
