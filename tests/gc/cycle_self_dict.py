# A dict that holds itself, and a dict cycle through a list.
import gc
gc.disable()
gc.collect()
d = {}
d['me'] = d
print(d)
del d
print(gc.collect())
d = {'items': []}
d['items'].append(d)
print(d)
del d
print(gc.collect())
x = {}
y = {}
x['y'] = y
y['x'] = x
print(x)
del x, y
print(gc.collect())
