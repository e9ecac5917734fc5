# dict keeps insertion order; updating a key keeps its position.
d = {}
for k in ('zeta', 'alpha', 'mid', 'beta'):
    d[k] = len(k)
print(d)
d['alpha'] = 100
print(d, list(d))
print(dict(b=1, a=2, c=3))
print({3: 'c', 1: 'a', 2: 'b'})
print(dict([('y', 1), ('x', 2)]))
print({k: k * 2 for k in (5, 3, 9, 1)})
