# dict repr of nested and self-referencing dicts.
d = {}
d[1] = d
print(d)
a = {'inner': {'deeper': {'x': [1, (2,)]}}}
print(a)
b = {'list': []}
b['list'].append(b)
b['list'].append(b['list'])
print(b)
print(str({'s': "it's"}), repr({'t': 'a"b'}))
