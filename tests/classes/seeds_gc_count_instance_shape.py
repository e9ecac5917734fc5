# SEEDS demonstration, shape only: pairs of instances in cycles raise generation 0's
# count by two per round; past the threshold 700 a collection empties it and
# generation 1's count goes up by one.
import gc

class ClassA:
    pass

gc.collect()
firsts = []
seconds = []
for i in range(1100):
    c1 = ClassA()
    c2 = ClassA()
    c1.t = c2
    c2.t = c1
    del c1, c2
    c = gc.get_count()
    firsts.append(c[0])
    seconds.append(c[1])
    del c
steps = {}
drops = []
for i in range(1, len(firsts)):
    d = firsts[i] - firsts[i - 1]
    if d < 0:
        drops.append(i)
    else:
        steps[d] = steps.get(d, 0) + 1
print('most common step:', max(steps, key=steps.get))
print('collections:', len(drops))
print('rounds between collections about 350:', all(349 <= b - a <= 352 for a, b in zip(drops, drops[1:])))
print('highest count seen:', max(firsts) <= 701)
print('count right after each collection is small:', all(firsts[i] < 10 for i in drops))
print('generation 1 after each collection:', [seconds[i] for i in drops])
print('generation 1 before the first:', seconds[drops[0] - 1])
