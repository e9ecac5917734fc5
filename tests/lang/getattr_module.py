# getattr/setattr/hasattr on modules.
import math
import sys
print(getattr(math, 'pi'), getattr(math, 'sqrt')(25), hasattr(math, 'tau'), hasattr(math, 'nope'))
print(getattr(math, 'nope', 'default'), getattr(sys, 'maxsize') == sys.maxsize)
try:
    getattr(math, 'nope')
except AttributeError as e:
    print(e)
try:
    math.missing_name
except AttributeError as e:
    print(e)
setattr(math, 'answer', 42)
print(math.answer, hasattr(math, 'answer'), getattr(math, 'answer'))
math.other = 'set by assignment'
print(getattr(math, 'other'))
try:
    getattr(math, 5)
except TypeError as e:
    print(e)
print(getattr([1, 2], 'count')(1), hasattr('s', 'upper'), hasattr(5, 'upper'))
try:
    (5).upper
except AttributeError as e:
    print(e)
