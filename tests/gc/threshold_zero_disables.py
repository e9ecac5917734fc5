# threshold0 = 0 turns automatic collection off, whatever isenabled() says.
import gc
gc.collect()
gc.set_threshold(0)
print(gc.isenabled())
before = gc.get_stats()[0]['collections']
for i in range(2000):
    a = []
    a.append(a)
after = gc.get_stats()[0]['collections']
print(after - before)
print(gc.get_count()[0] > 1900)
print(gc.collect())
gc.set_threshold(700)
