# dict.get and dict.setdefault with and without defaults.
d = {'a': 1, 'n': None}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get('n', 'default'), d.get('n'))
print(d.setdefault('a', 100), d.setdefault('b', []), d.setdefault('c'), d)
d.setdefault('b', []).append(5)
d.setdefault('b', []).append(6)
print(d)
groups = {}
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(w[0], []).append(w)
print(groups)
try:
    d.get([1])
except TypeError as e:
    print(e)
