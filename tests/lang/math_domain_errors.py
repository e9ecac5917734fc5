# math domain and range errors.
import math
tests = [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.log(10, 1),
         lambda: math.acos(2), lambda: math.asin(-2), lambda: math.exp(1000), lambda: math.pow(0, -1),
         lambda: math.log10(-5), lambda: math.log2(0), lambda: math.pow(-8, 1 / 3), lambda: math.log(0, 10)]
for t in tests:
    try:
        print(t())
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__ + ':', e)
