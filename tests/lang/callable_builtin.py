# callable() for functions, builtins, types and plain values.
import math
def f():
    pass
print(callable(f), callable(lambda: 0), callable(len), callable(int), callable(math.sqrt))
print(callable(1), callable('f'), callable(None), callable([f]), callable(math), callable(ValueError))
print(callable(ValueError()), callable(print), callable([].append), callable(type))
