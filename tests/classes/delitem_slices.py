# __delitem__ with keys and slices.
class Store:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, i):
        return self.data[i]
    def __delitem__(self, i):
        print('delitem', i if not isinstance(i, slice) else ('slice', i.start, i.stop, i.step))
        del self.data[i]
    def __len__(self):
        return len(self.data)

s = Store('abcdefgh')
del s[0]
print(s.data)
del s[-1]
print(s.data)
del s[1:3]
print(s.data)
del s[::2]
print(s.data, len(s))
del s[:]
print(s.data, len(s))
# A mapping with __delitem__.
class Reg:
    def __init__(self):
        self.d = {'a': 1, 'b': 2, 'c': 3}
    def __delitem__(self, k):
        print('delete key', k)
        if k not in self.d:
            raise KeyError(k)
        del self.d[k]
r = Reg()
del r['b']
print(r.d)
try:
    del r['zz']
except KeyError as e:
    print('KeyError:', e)
# del on an object without __delitem__.
class NoDel:
    def __getitem__(self, i):
        return i
try:
    del NoDel()[0]
except TypeError as e:
    print('TypeError:', e)
class Nothing:
    pass
try:
    del Nothing()[0]
except TypeError as e:
    print('TypeError:', e)
# Deleting several targets in one del statement.
s2 = Store(range(6))
del s2[0], s2[0]
print(s2.data)
