# Built-in types are not containers the collector sees; classes are.
import gc

class A:
    pass

print(gc.is_tracked(int), gc.is_tracked(A))
print(gc.is_tracked({'t': int}), gc.is_tracked({'t': A}))
print(gc.is_tracked((int, str)), gc.is_tracked([int]))
