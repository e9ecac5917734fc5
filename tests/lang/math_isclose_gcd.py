# math.isclose with tolerances, math.gcd, factorial, isfinite/isinf/isnan.
import math
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(17, 5), math.gcd(2**40, 6**10))
print(math.factorial(0), math.factorial(10), math.factorial(20))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print(e)
try:
    math.gcd(1.5, 2)
except TypeError as e:
    print(e)
try:
    math.factorial(-1)
except ValueError as e:
    print(e)
