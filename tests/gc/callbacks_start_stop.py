# gc.callbacks are called with "start" and "stop" around each collection, with the
# generation and, at "stop", what was found.
import gc
gc.disable()
gc.collect()
log = []
def cb(phase, info):
    log.append((phase, info['generation'], info['collected'], info['uncollectable']))
gc.callbacks.append(cb)
a = []
a.append(a)
del a
n = gc.collect()
gc.collect(0)
gc.callbacks.remove(cb)
gc.collect()
print(n)
for entry in log:
    print(entry)
def keys(phase, info):
    log.append(sorted(info))
gc.callbacks.append(keys)
gc.collect(1)
gc.callbacks.clear()
print(log[-1])
print(gc.callbacks)
