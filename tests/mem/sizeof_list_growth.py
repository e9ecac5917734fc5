# sys.getsizeof of a list moves in CPython's over-allocation steps while it grows and shrinks.
import sys

def jumps(seq):
    out = []
    for i in range(1, len(seq)):
        if seq[i] != seq[i - 1]:
            out.append(i)
    return out

sizes = []
a = []
for i in range(65):
    sizes.append(sys.getsizeof(a))
    a.append(i)
sizes.append(sys.getsizeof(a))
print("append jumps:", jumps(sizes))
print("growing only:", all(sizes[i] <= sizes[i + 1] for i in range(len(sizes) - 1)))
print("getsizeof is __sizeof__ plus the collector header:",
      sys.getsizeof(a) - a.__sizeof__())

shrink = []
while a:
    a.pop()
    shrink.append(sys.getsizeof(a))
print("pop jumps:", jumps(shrink))

b = []
steps = []
for i in range(40):
    b.extend([i, i])
    steps.append(sys.getsizeof(b))
print("extend-by-two jumps:", jumps(steps))

c = [x for x in range(30)]
d = [None] * 30
print("comprehension over-allocates:", sys.getsizeof(c) > sys.getsizeof(d))
d.clear()
print("cleared is empty size:", sys.getsizeof(d) == sys.getsizeof([]))
