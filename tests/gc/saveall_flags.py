# The debug flags are CPython's bits; DEBUG_LEAK is all but DEBUG_STATS.
import gc
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL)
print(gc.DEBUG_LEAK)
print(gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
gc.set_debug(gc.DEBUG_SAVEALL | gc.DEBUG_UNCOLLECTABLE)
print(gc.get_debug())
gc.set_debug(0)
print(gc.get_debug())
for bad in ['x', 1.5]:
    try:
        gc.set_debug(bad)
    except TypeError as e:
        print(e)
try:
    gc.set_debug()
except TypeError as e:
    print(e)
try:
    gc.set_debug(flags=1)
except TypeError as e:
    print(e)
