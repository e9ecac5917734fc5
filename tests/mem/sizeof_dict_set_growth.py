# sys.getsizeof of dicts and sets changes at the same insertion counts as CPython's.
import sys

def jumps(seq):
    return [i for i in range(1, len(seq)) if seq[i] != seq[i - 1]]

d = {}
ds = [sys.getsizeof(d)]
for i in range(100):
    d[i] = i
    ds.append(sys.getsizeof(d))
print("dict jumps:", jumps(ds))

s = set()
ss = [sys.getsizeof(s)]
for i in range(100):
    s.add(i)
    ss.append(sys.getsizeof(s))
print("set jumps:", jumps(ss))

t = [sys.getsizeof(tuple(range(n))) for n in range(10)]
print("tuple jumps:", jumps(t))
