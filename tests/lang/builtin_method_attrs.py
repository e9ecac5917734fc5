# Built-in functions and methods know their __name__, __qualname__ and __self__.
import math, sys
print([].append.__self__, len.__self__, [].append.__qualname__, len.__qualname__)
print(str.upper.__name__, str.upper.__qualname__, str.upper.__objclass__)
print(math.sqrt.__qualname__, math.sqrt.__self__ is math, sys.exit.__qualname__)
print('a'.upper.__qualname__, 'a'.upper.__self__, (1).bit_length.__qualname__)
print({}.get.__qualname__, {}.get.__self__, str.join.__name__, list.sort.__qualname__)
print(print.__self__, print.__name__, print.__qualname__)
d = {1: 2}
m = d.items
print(m.__self__ is d, m.__name__)
