# A closure over a dict that holds the closure: the classic callback-registry leak.
import gc
gc.disable()
gc.collect()
def registry():
    handlers = {}
    def register(name):
        handlers[name] = register
        return len(handlers)
    register('self')
    return register
r = registry()
print(r('a'), r('b'))
del r
print(gc.collect())
