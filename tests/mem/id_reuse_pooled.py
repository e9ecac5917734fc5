# adder-only: a dead object's address goes to the next object of its size, from the same pool (CPython prints True here too; output checked by hand).
import sys
# With ADDER_MALLOC=malloc under valgrind or ASan, freed memory is held back on purpose.
pooled = sys.heapinfo()["mode"] != "malloc"
a = [1, 2, 3]
old_id = id(a)
del a
b = [4, 5, 6]
print(id(b) == old_id if pooled else True)
x = float("1.5")
old_x = id(x)
del x
y = float("2.5")
print(id(y) == old_x if pooled else True)
