# Stress: random graphs of lists, dicts and tuples with many cycles, built and cut at
# random while automatic collection runs; at the end, with every reference dropped and
# one gc.collect(), the heap holds exactly the blocks it held at the start.
# Run with an argument for a bigger run: `./adder tests/gc/stress_random_graphs.py 3000000`
# makes three million objects.
import gc
import sys

steps = 150000
if len(sys.argv) > 1:
    steps = int(sys.argv[1])
seed = 12345
live = []
node = None
other = None
made = 0
ok = False
i = 0
k = 0
kind = 0
end = 0
stats_before = 0

def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n

# One call first: it makes what the first call of a function makes once (adder's
# LOAD_GLOBAL cache), and takes `seed` off the constant 12345 it shares with the code.
rand(2)
gc.collect()
start = sys.getallocatedblocks()
# Again, so that the int `start` itself is counted on both sides.
start = sys.getallocatedblocks()
stats_before = gc.get_stats()[0]['collections']

for i in range(steps):
    kind = rand(4)
    if kind == 0:
        node = []
    elif kind == 1:
        node = {'id': i}
    elif kind == 2:
        node = [i, 'x']
    else:
        node = {}
    made += 1
    for k in range(rand(4)):
        if live:
            other = live[rand(len(live))]
            if type(node) is list:
                node.append(other)
            else:
                node[k] = other
    if live and rand(3) == 0:
        other = live[rand(len(live))]
        if type(other) is list:
            other.append(node)
        else:
            other['back'] = (node, i)
    live.append(node)
    if len(live) > 500 or rand(8) == 0:
        del live[rand(len(live))]
    if rand(1000) == 0:
        del live[:len(live) // 2]
node = None
other = None
live = []
ok = made == steps and gc.get_stats()[0]['collections'] > stats_before
made = i = 0
gc.collect()
end = sys.getallocatedblocks()
print(ok)
print(end == start)
