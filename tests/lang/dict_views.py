# keys(), values() and items() views: repr, len, membership, iteration.
d = {'x': 1, 'y': 2, 'z': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), 'x' in k, 2 in v, ('y', 2) in i, ('y', 3) in i)
print(list(k), list(v), list(i), sorted(v, reverse=True))
for key, val in d.items():
    print(key, val)
print({}.keys(), {}.values(), {}.items())
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(list(reversed(k)), k == {'z', 'y', 'x'}, v == v)
