# Two lists that refer to each other outlive their names; gc.collect() finds both.
import gc
gc.disable()
gc.collect()
a = [1, 2]
b = [3, 4]
a.append(b)
b.append(a)
print(a)
print(b)
del a, b
print(gc.collect())
print(gc.collect())
