# Subclassing dict: overridden methods, super() calls and __missing__.
class Counter(dict):
    def __missing__(self, key):
        print('__missing__', key)
        return 0

c = Counter()
for ch in 'abracadabra':
    c[ch] = c[ch] + 1
print(c)
print(c['z'], 'z' in c, c.get('z'), len(c))
print(type(c).__name__, isinstance(c, dict), type(c) is dict)

class Defaulting(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory
    def __missing__(self, key):
        value = self.factory()
        self[key] = value
        return value
groups = Defaulting(list, {'x': [0]})
groups['a'].append(1)
groups['a'].append(2)
groups['x'].append(9)
print(groups, groups.factory is list)

class LoggedDict(dict):
    def __setitem__(self, key, value):
        print('set', key, value)
        super().__setitem__(key, value.upper())
    def __getitem__(self, key):
        print('get', key)
        return super().__getitem__(key)
d = LoggedDict()
d['k'] = 'v'
print(d['k'], d)
# dict methods bypass the overridden __setitem__/__getitem__.
d.update({'u': 'w'})
print(d.get('u'), dict(d), d)
# Extra attributes live in the instance __dict__, not in the mapping.
d.note = 'n'
print(d.note, 'note' in d, len(d))
# Equality with plain dicts and copy type.
print(Counter(a=1) == {'a': 1}, type(Counter(a=1).copy()).__name__)
# KeyError from a dict subclass without __missing__.
class Plain(dict):
    pass
try:
    Plain()['nope']
except KeyError as e:
    print('KeyError:', e)
print(repr(Plain(x=1)), Plain(x=1))
