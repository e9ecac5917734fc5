# gc.set_debug(gc.DEBUG_STATS): each collection reports on stderr what it takes and
# finds. The sizes of the generations and the time taken differ between interpreters and
# are masked; everything is written to stderr, so that one stream keeps the order.
$ADDER -c 'import gc
import sys
gc.disable()
gc.collect()
a = []
a.append(a)
b = {}
b["b"] = b
del a, b
gc.set_debug(gc.DEBUG_STATS)
print(gc.collect(), file=sys.stderr)
gc.collect(0)
gc.collect(1)
gc.set_debug(0)
print("done", file=sys.stderr)' 2>&1 |
    sed -E -e 's/generation: [0-9]+ [0-9]+ [0-9]+$/generation: N N N/' \
        -e 's/[0-9]+\.[0-9]{4}s elapsed/T elapsed/'
echo "status $?"
