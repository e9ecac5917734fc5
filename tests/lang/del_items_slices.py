# del on list items, list slices and dict keys.
a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
a = list(range(10))
del a[::-3]
print(a)
del a[:]
print(a)
d = {'x': 1, 'y': 2, 'z': 3}
del d['y']
print(d)
try:
    del d['nope']
except KeyError as e:
    print(repr(e))
try:
    del a[5]
except IndexError as e:
    print(e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(e)
