# A generator whose frame holds the generator itself: only the collector can end it.
import gc
gc.disable()
gc.collect()
log = []
def selfish():
    me = yield
    try:
        yield me
    finally:
        log.append('finally ran')
g = selfish()
next(g)
g.send(g)
del g
print(log)
print(gc.collect())
print(log)
