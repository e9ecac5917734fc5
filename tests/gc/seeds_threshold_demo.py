# The articles' demonstration: thresholds, cycles dropped and collected, and generation 0
# filling up to 700 and emptying again while cycles are made in a loop (counts are kept
# and printed at the end: printing allocates inside CPython's io stack).
import gc
print(gc.get_threshold())
gc.set_threshold(800, 12, 12)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
gc.collect()
a = [1, 2, 3]
b = [4, 5, 6]
a.append(b)
b.append(a)
del a, b
found = gc.collect()
counts = []
for i in range(1500):
    x = []
    y = [x]
    x.append(y)
    if i % 50 == 0:
        counts.append((i, gc.get_count()))
print('unreachable objects:', found)
for i, c in counts:
    print(i, c)
