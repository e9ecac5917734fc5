# math constants pi, e, tau, inf and nan.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.pi * 2 == math.tau, math.inf > 1e308, math.nan == math.nan, type(math.inf))
print(round(math.pi, 4), f'{math.e:.3f}', str(math.pi)[:6])
