# __int__ and __float__ used by int() and float(); __index__ as a fallback for int().
class Meters:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        print('__int__')
        return int(self.v)
    def __float__(self):
        print('__float__')
        return float(self.v)

m = Meters(3.75)
print(int(m), float(m))
print(int(m) + 1, float(m) * 2)
# int() falls back to __index__ when there is no __int__.
class OnlyIndex:
    def __index__(self):
        print('__index__')
        return 12
print(int(OnlyIndex()))
# float() falls back to __index__ too.
print(float(OnlyIndex()))
# Wrong return types.
class BadInt:
    def __int__(self):
        return 'x'
try:
    int(BadInt())
except TypeError as e:
    print('TypeError:', e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print('TypeError:', e)
# No conversion methods at all.
class Nothing:
    pass
try:
    int(Nothing())
except TypeError as e:
    print('TypeError:', e)
try:
    float(Nothing())
except TypeError as e:
    print('TypeError:', e)
# math functions accept objects with __float__.
import math
print(math.floor(Meters(2.5)), math.sqrt(Meters(16)))
