# Dict views reflect later changes to the dict.
d = {'a': 1}
keys = d.keys()
vals = d.values()
items = d.items()
print(keys, vals, items)
d['b'] = 2
print(keys, vals, items, len(keys))
del d['a']
print(keys, vals, items)
d.clear()
print(keys, vals, items, len(items))
d.update(c=3)
print(list(keys), 'c' in keys)
