# min() and max(): several arguments, one iterable, key=, default=, and ties.
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min('hello'), max((1.5, 2, -1)))
print(max('apple', 'fig', 'banana', key=len), min(['bb', 'a', 'ccc'], key=len))
print(max([], default='empty'), min([], default=None), max([7], default=0))
print(max([1, 3, 3.0], key=lambda x: x), max(3.0, 3), max(3, 3.0), min(1, 1.0), min(1.0, 1))
print(max([(1, 'b'), (1, 'a')]), min({'x': 5, 'y': 1}, key=lambda k: {'x': 5, 'y': 1}[k]))
print(max(range(10), key=lambda n: n % 4), min(range(10), key=lambda n: -n % 3))
print(max({3, 1, 2}), min({'k': 0, 'a': 1}), max(x * x for x in range(-5, 3)))
print(max([-1, -5], key=abs), min([-1, 1], key=abs))
