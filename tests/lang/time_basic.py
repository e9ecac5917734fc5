# time.time and time.perf_counter return floats that do not go backwards.
import time
a = time.time()
b = time.time()
print(type(a).__name__, b >= a, a > 1.6e9)
p = time.perf_counter()
q = time.perf_counter()
print(type(p).__name__, q >= p)
x = 0
for i in range(10000):
    x += i
r = time.perf_counter()
print(r >= q, x)
from time import perf_counter
print(perf_counter() >= r)
