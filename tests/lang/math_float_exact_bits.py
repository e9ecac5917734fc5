# hypot, dist, remainder, atan2, logs and float arithmetic give CPython's exact bits.
import math
vals = [0.1 * i - 3.3 for i in range(67)] + [1e-300, 1e300, 3.0, 4.0, 12345.678, 1e-10, 7.0, 1/3, 2/3]
res = []
for a in vals:
    for b in vals[::7]:
        res.append(repr(math.hypot(a, b)))
        res.append(repr(math.hypot(a, b, 1.5)))
        res.append(repr(math.dist((a, b), (b, 0.5))))
        try:
            res.append(repr(math.remainder(a, b)))
        except ValueError:
            res.append('VE')
        res.append(repr(math.atan2(a, b)))
        res.append(repr(math.copysign(a, b)))
        res.append(repr(math.fmod(a, b) if b else 0))
    if a > 0:
        res.append(repr(math.log(a)))
        res.append(repr(math.log2(a)))
        res.append(repr(math.log10(a)))
        res.append(repr(math.log(a, 3)))
        res.append(repr(math.log(a, 0.5)))
        res.append(repr(math.sqrt(a)))
    res.append(repr(math.exp(a) if a < 700 else 0))
    res.append(repr(math.expm1(a) if a < 700 else 0))
    res.append(repr(math.cbrt(a)))
    res.append(repr(math.exp2(a) if a < 1000 else 0))
    res.append(repr(math.fsum([a, 1e16, -1e16, a * 3, 0.1])))
    res.append(repr(math.hypot(*vals[:20])))
    res.append(repr(a ** 0.5 if a > 0 else 0))
    res.append(repr(math.pow(abs(a), 1.7)) if abs(a) < 1e100 else '')
    res.append(repr(abs(a) ** 1.7) if abs(a) < 1e100 else '')
    res.append(repr(math.degrees(a)))
    res.append(repr(math.radians(a)))
    res.append(repr(round(a, 3)))
    res.append(repr(a % 0.7))
    res.append(repr(a // 0.7))
    res.append(repr(divmod(a, -0.3)))
for i, r in enumerate(res):
    print(i, r)
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(float('inf'), float('nan')), math.hypot(1e308, 1e308, 1e308))
print(math.log2(2**52), math.log2(1 << 62), math.log(2**62, 2), math.log10(10**15), math.log(1e-320), math.log2(5e-324))
