# Cycles built in a function's locals stay after it returns: only the collector frees them.
import gc
gc.disable()
gc.collect()
def build(n):
    nodes = [[i] for i in range(n)]
    for i in range(n):
        nodes[i].append(nodes[(i + 1) % n])
    return len(nodes)
print(build(5))
print(gc.collect())
print(build(1))
print(gc.collect())
def keep():
    a = {}
    b = [a]
    a['b'] = b
    return b
kept = keep()
print(gc.collect())
del kept
print(gc.collect())
