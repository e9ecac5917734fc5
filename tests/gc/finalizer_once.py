# PEP 442: a finalizer runs at most once. The generator's finally block rescues it the
# first time; when it is garbage again, the collector does not run it again.
import gc
gc.disable()
gc.collect()
log = []
rescue = []
def gen(box):
    try:
        yield 1
    finally:
        log.append('finalized')
        rescue.append(box[0])
box = []
g = gen(box)
box.append(g)
next(g)
print(gc.is_finalized(g))
del g, box
print(gc.collect(), log)
print(gc.is_finalized(rescue[0]))
again = rescue.pop()
again_loop = [again, {'g': again}]
again_loop[1]['loop'] = again_loop
del again, again_loop
print(gc.collect(), log)
