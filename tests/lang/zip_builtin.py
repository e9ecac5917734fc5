# zip() stops at the shortest iterable.
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1, 2])), list(zip('abc', range(10), (True,))))
print(dict(zip(['x', 'y'], [1, 2, 3])), list(zip(*[(1, 'a'), (2, 'b')])))
a, b = zip(*[(1, 2), (3, 4), (5, 6)])
print(a, b)
consumed = iter(range(10))
print(list(zip(consumed, 'ab')), next(consumed))
for x, y, z in zip('ab', 'cd', 'ef'):
    print(x + y + z)
try:
    zip(1, [2])
except TypeError as e:
    print(e)
