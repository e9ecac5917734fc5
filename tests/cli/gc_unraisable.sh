# Errors where nothing can catch them: in a gc callback, in a generator's finally block
# run by the collector. Each is reported as "Exception ignored in: ..." with its
# traceback, and the collection goes on. Addresses are masked; everything is written to
# stderr, so that one stream keeps the order.
$ADDER -c 'import gc
import sys
gc.disable()
gc.collect()
def cb(phase, info):
    if phase == "stop":
        raise ValueError("callback failed")
gc.callbacks.append(cb)
print(gc.collect(), file=sys.stderr)
gc.callbacks.remove(cb)
def gen():
    try:
        yield 1
    finally:
        raise KeyError("in finally")
g = gen()
next(g)
loop = [g]
loop.append(loop)
del g, loop
print(gc.collect(), file=sys.stderr)
print("end", file=sys.stderr)' 2>&1 | sed -E 's/0x[0-9a-f]+/ADDR/'
echo "status $?"
