# "in" and "not in" on str, list, tuple, dict, set, frozenset and range.
print('ell' in 'hello', '' in 'abc', 'x' not in 'abc', 'é' in 'café')
print(2 in [1, 2, 3], 2.0 in [1, 2], [1] in [[1], 2], 'a' in ['abc'])
print(3 in (1, 2), None in (None,), (1, 2) in [(1, 2)])
d = {'k': 1, 2: 'two'}
print('k' in d, 1 in d, 2 in d, 'two' in d, 'two' in d.values(), ('k', 1) in d.items())
print(1 in {1, 2}, 1.0 in {1}, True in {1}, 3 in frozenset({3}))
print(5 in range(10), 10 in range(10), -1 in range(-5, 0), 4 in range(0, 10, 3))
try:
    print(1 in 'abc')
except TypeError as e:
    print(e)
try:
    print([] in {1})
except TypeError as e:
    print(e)
try:
    print(1 in 5)
except TypeError as e:
    print(e)
print(3 in iter([1, 2, 3]), 'b' in (c for c in 'abc'))
