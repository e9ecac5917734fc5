# Module attributes can be set and deleted; deleting a missing one names the 'module' type.
import math, sys
math.answer = 42
print(math.answer, 'answer' in vars(math))
del math.answer
try:
    math.answer
except AttributeError as e:
    print(e)
try:
    del math.answer
except AttributeError as e:
    print(e)
try:
    del sys.nothing_here
except AttributeError as e:
    print(e)
setattr(sys, 'flag', 1)
print(getattr(sys, 'flag'), hasattr(sys, 'flag'))
delattr(sys, 'flag')
print(hasattr(sys, 'flag'))
