# math.sqrt, floor, ceil, trunc and fabs.
import math
print(math.sqrt(16), math.sqrt(2), math.sqrt(0), math.sqrt(-0.0), math.sqrt(1e308), math.sqrt(True))
print(math.floor(2.7), math.floor(-2.7), math.floor(5), math.ceil(2.1), math.ceil(-2.1), math.ceil(3))
print(type(math.floor(2.5)), type(math.ceil(2.5)), math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.9))
print(math.fabs(-3), math.fabs(2.5), type(math.fabs(-3)), math.floor(1e15 + 0.5))
try:
    math.floor(float('inf'))
except OverflowError as e:
    print(e)
try:
    math.ceil(float('nan'))
except ValueError as e:
    print(e)
try:
    math.sqrt('4')
except TypeError as e:
    print(e)
