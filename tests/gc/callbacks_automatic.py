# Automatic collections call gc.callbacks too, with the generation they collect.
import gc
gc.disable()
gc.collect()
gens = []
def cb(phase, info):
    if phase == 'stop':
        gens.append((info['generation'], info['collected']))
gc.callbacks.append(cb)
gc.set_threshold(50, 3, 2)
gc.enable()
for i in range(2500):
    a = [i]
    a.append(a)
gc.disable()
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(len(gens))
print(gens)
