# A finalizer that stores its object somewhere reachable resurrects it: it survives the
# collection, with everything it reaches, and its finalizer never runs again.
import gc
gc.disable()
gc.collect()
rescued = []
def gen(box):
    try:
        yield 1
    finally:
        rescued.append(box)
box = {'name': 'box'}
g = gen(box)
box['gen'] = g
next(g)
del g, box
print(gc.collect())
print(len(rescued), rescued[0]['name'], gc.is_finalized(rescued[0]['gen']))
print(gc.collect())
rescued.clear()
print(gc.collect())
