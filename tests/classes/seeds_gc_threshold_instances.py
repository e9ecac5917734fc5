# SEEDS demonstration: gc.set_threshold() changes when generation 0 is collected;
# cycles of instances are freed automatically once the lower threshold is passed.
import gc
deaths = []

class Pair:
    def __init__(self, i):
        self.i = i
        self.other = None
    def __del__(self):
        deaths.append(self.i)

print(gc.get_threshold())
gc.set_threshold(50, 10, 10)
print(gc.get_threshold())
gc.collect()
for i in range(20):
    a = Pair(i)
    b = Pair(i)
    a.other = b
    b.other = a
del a, b
print('below the threshold, nothing freed yet:', len(deaths))
for i in range(20, 100):
    a = Pair(i)
    b = Pair(i)
    a.other = b
    b.other = a
del a, b
print('past the threshold, some freed automatically:', len(deaths) > 0)
gc.collect()
print('after collect, all freed:', len(deaths), sorted(set(deaths)) == list(range(100)))
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
# A threshold of 0 disables automatic collection.
gc.set_threshold(0)
deaths.clear()
for i in range(1000):
    a = Pair(i)
    a.other = a
del a
print('threshold 0, freed automatically:', len(deaths))
print('collect ->', gc.collect(), len(deaths))
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
