# dict.pop (with default) and dict.popitem (LIFO order).
d = {'a': 1, 'b': 2, 'c': 3}
print(d.pop('b'), d, d.pop('zz', 'dflt'), d.pop('zz', None))
try:
    d.pop('zz')
except KeyError as e:
    print(repr(e))
d['d'] = 4
print(d.popitem(), d.popitem(), d)
print(d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print(repr(e), str(e))
