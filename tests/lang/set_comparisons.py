# Subset and superset comparisons between sets and frozensets.
a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b >= a, b > a, a < a, a <= a, a == frozenset({1, 2}), a != b)
print(a.issubset(b), b.issuperset(a), a.issubset([1, 2]), a.isdisjoint({3}), a.isdisjoint(b))
print({1} < {2}, {1} > {2}, {1} == {2}, set() < {0}, frozenset() <= set())
try:
    print(a < [1, 2, 3])
except TypeError as e:
    print(e)
