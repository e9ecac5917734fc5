# math.sin, cos, tan, atan2, log (one and two args), log10, log2, exp, pow.
import math
print(math.sin(0), math.cos(0), math.sin(math.pi / 2), math.cos(math.pi), math.tan(0))
print(math.sin(1), math.cos(1), math.atan(1) * 4, math.atan2(1, 1), math.asin(1))
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(2))
print(math.log10(1000), math.log2(1024), math.log10(2), math.exp(0), math.exp(1), math.exp(-1))
print(math.pow(2, 10), math.pow(2, 0.5), math.exp(700), math.hypot(3, 4))
print(math.degrees(math.pi), math.radians(180))
