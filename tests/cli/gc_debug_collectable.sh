# DEBUG_COLLECTABLE names each unreachable object found on stderr; DEBUG_LEAK adds
# DEBUG_SAVEALL, keeping them in gc.garbage. Addresses are masked; everything is written
# to stderr, so that one stream keeps the order.
$ADDER -c 'import gc
import sys
gc.disable()
gc.collect()
a = [1]
b = [a]
a.append(b)
d = {}
d["d"] = d
del a, b, d
gc.set_debug(gc.DEBUG_COLLECTABLE)
print(gc.collect(), file=sys.stderr)
t = ([],)
t[0].append(t)
del t
gc.set_debug(gc.DEBUG_LEAK)
print(gc.collect(), file=sys.stderr)
print(len(gc.garbage), sorted(type(o).__name__ for o in gc.garbage), file=sys.stderr)
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect(), file=sys.stderr)' 2>&1 | sed -E 's/0x[0-9a-f]+/ADDR/'
echo "status $?"
