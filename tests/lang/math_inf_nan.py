# Arithmetic with math.inf and math.nan.
import math
inf, nan = math.inf, math.nan
print(inf + inf, inf - inf, inf * -2, inf / inf, 1 / inf, -1 / inf, inf // 1, inf % 5, 5 % inf, -5 % inf)
print(nan + 1, nan * 0, max(nan, 1), max(1, nan), min(nan, 1), nan is math.nan)
print(math.sqrt(inf), math.exp(-inf), math.log(inf), math.floor(-0.0), math.copysign(1, -0.0))
print(sorted([3, inf, -inf, 0]), -inf < 0 < inf, abs(-inf))
