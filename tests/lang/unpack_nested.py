# Nested unpacking targets, with stars at inner levels.
(a, b), (c, *d) = [(1, 2), 'xyz']
print(a, b, c, d)
[x, [y, [z]]] = [1, [2, [3]]]
print(x, y, z)
for (k, v), n in zip({'a': 1, 'b': 2}.items(), range(2)):
    print(k, v, n)
((p, q),) = [(4, 5)]
print(p, q)
data = [('ann', (30, 'nyc')), ('bob', (25, 'la'))]
for name, (age, city) in data:
    print(name, age, city)
m, (n, *o), *r = 1, (2, 3, 4), 5, 6
print(m, n, o, r)
