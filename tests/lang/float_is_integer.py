# float.is_integer and int()/round() of floats.
for v in (1.0, 1.5, -2.0, 0.0, 1e20, 0.1):
    print(v, v.is_integer())
print(int(1e18), int(-1.9), int(0.999))
try:
    int(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
