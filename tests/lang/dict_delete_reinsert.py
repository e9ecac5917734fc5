# Deleting a key and inserting it again moves it to the end.
d = {'a': 1, 'b': 2, 'c': 3}
del d['a']
print(d)
d['a'] = 10
print(d)
d.pop('b')
d['b'] = 20
print(d, list(d.keys()), list(d.values()))
for i in range(50):
    d[i] = i
for i in range(50):
    del d[i]
print(d)
d['z'] = 0
print(d, len(d))
e = {i: i for i in range(8)}
for i in range(0, 8, 2):
    del e[i]
e[0] = 'again'
print(e)
