# gc.collect() returns how many unreachable objects it found: one per object in the
# dropped cycles, nothing for objects still in use.
import gc
gc.disable()
gc.collect()
results = []
for n in [1, 2, 5, 10, 100]:
    ring = [[] for _ in range(n)]
    for i in range(n):
        ring[i].append(ring[(i + 1) % n])
    del ring
    results.append(gc.collect())
print(results)
keep = [[]]
keep[0].append(keep)
print(gc.collect())
del keep
print(gc.collect())
print(gc.collect())
