# frozenset: repr, immutability, equality with set.
f = frozenset([3, 1, 2])
print(f, len(f), 1 in f, frozenset(), type(f))
print(f == {1, 2, 3}, {1, 2, 3} == f, f | {4}, type(f | {4}), type({4} | f))
print(f & {1, 9}, f - {1}, f ^ {1, 5})
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(frozenset({frozenset({1})}))
print(f.union([7]), f.issubset(range(5)))
print(sorted(frozenset('cab')))
