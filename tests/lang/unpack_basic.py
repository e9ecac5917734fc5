# Tuple unpacking, swapping and unpacking any iterable.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 'abc'
print(x, y, z)
p, q = [10, 20]
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
k, v = {'key': 'val'}.popitem()
print(k, v)
first, second = range(2)
print(first, second)
for i, (c, d) in enumerate([('a', 1), ('b', 2)]):
    print(i, c, d)
i = j = 0
print(i, j)
l = [0, 0]
i, l[i] = 1, 5
print(i, l)
