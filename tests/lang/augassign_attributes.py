# Augmented assignment on module attributes (no classes yet).
import math
import sys
math.counter = 0
math.counter += 5
math.counter *= 3
print(math.counter)
sys.log_lines = []
sys.log_lines += ['a']
sys.log_lines += ('b',)
print(sys.log_lines)
math.label = 'x'
math.label += 'y' * 2
print(math.label)
try:
    math.nonexistent += 1
except AttributeError as e:
    print(e)
