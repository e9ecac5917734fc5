# Set algebra with operators and methods.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, range(4)), a.difference([1], (2,)), a.symmetric_difference([4, 8]))
print(a | set(), a & set(), set() - a, a ^ a, a, b)
try:
    print(a | [5])
except TypeError as e:
    print(e)
try:
    print(a - 1)
except TypeError as e:
    print(e)
print(sorted({'x', 'y'} | {'z'}), sorted({'x', 'y'} & {'y', 'q'}))
