# math.gamma and math.lgamma give CPython's bits (its Lanczos evaluation), and its errors.
import math
xs = [0.5, 1.5, 2.5, 3.3, 4.7, 5.0, 7.1, 10.0, 12.5, 20.2, 33.3, 50.5, 100.1, 139.9, 140.5, 170.5, 171.7, 200.5, -0.5, -1.5, -2.7, -10.3, -150.5, -170.2, -199.9, -200.5, -1e10 - 0.5, 0.001, 1e-8, 1e-25, -1e-25, 3.0, 6.0, 23.0, 24.0, 30.0, 1e300, 5e-324, -5e-324, float('inf'), float('-inf'), float('nan'), 0.0, -0.0, -1.0, -2.0, 1.0, 2.0, 4.9999, 5.0001, 0.1, 1e-20, 2e-20]
for i in range(1, 120):
    xs.append(i * 1.437 - 80)
for x in xs:
    out = []
    for f in (math.gamma, math.lgamma):
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(x, *out)
