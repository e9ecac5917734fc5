# Generation 2 is collected automatically only when the objects moved into it since the
# last full collection exceed a quarter of those that survived it; until then count[2]
# keeps growing past its threshold.
import gc
gc.disable()
gc.collect()
big = [[i] for i in range(40000)]
gc.collect()
full = []
def cb(phase, info):
    if phase == 'stop' and info['generation'] == 2:
        full.append(info['collected'])
gc.callbacks.append(cb)
gc.set_threshold(100, 2, 2)
gc.enable()
for i in range(3000):
    a = [i]
    a.append(a)
few_survivors = len(full)
count2 = gc.get_count()[2]
survivors = []
for i in range(30000):
    survivors.append([i])
many_survivors = len(full)
gc.disable()
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(few_survivors, count2 > 2)
print(many_survivors > 0)
