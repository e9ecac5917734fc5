# disable() stops automatic collection, enable() restarts it; gc.collect() works either way.
import gc
gc.collect()
gc.disable()
off = gc.isenabled()
base = gc.get_stats()[0]['collections']
for i in range(1500):
    a = [i]
    a.append(a)
while_off = gc.get_stats()[0]['collections'] - base
high = gc.get_count()[0] > 1400
gc.enable()
on = gc.isenabled()
fresh = [[], [], []]
after_on = gc.get_stats()[0]['collections'] - base
count = gc.get_count()
print(off, while_off, high, on, after_on, count)
del a, fresh
print(gc.collect())
