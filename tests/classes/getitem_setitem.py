# __getitem__ and __setitem__ with integers, keys and slices.
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print('get', key)
        return self.cells.get(key, '.')
    def __setitem__(self, key, value):
        print('set', key, value)
        self.cells[key] = value

g = Grid()
g[0] = 'a'
g[1, 2] = 'b'
g['name'] = 'c'
print(g[0], g[1, 2], g[5], g['name'])
g[0] += '!'
print(g[0])
# Slices arrive as slice objects.
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            print('slice', idx.start, idx.stop, idx.step)
            return Seq(self.data[idx])
        return self.data[idx]
    def __setitem__(self, idx, value):
        print('setitem', idx, value)
        self.data[idx] = value
    def __repr__(self):
        return 'Seq(' + repr(self.data) + ')'

s = Seq(range(10))
print(s[3], s[-1])
print(s[2:5])
print(s[::3])
print(s[:2], s[8:])
print(s[1:9:2][1:3])
s[0:3] = ['x', 'y']
print(s)
s[::2] = [0, 0, 0, 0, 0]
print(s)
print(repr(slice(1, 2)), slice(None, 5).stop)
# Errors from missing methods.
class ReadOnly:
    def __getitem__(self, i):
        return i
r = ReadOnly()
print(r[7], r['k'], r[1:2])
try:
    r[0] = 1
except TypeError as e:
    print('TypeError:', e)
class Nothing:
    pass
try:
    Nothing()[0]
except TypeError as e:
    print('TypeError:', e)
try:
    Nothing()[0] = 1
except TypeError as e:
    print('TypeError:', e)
# Exceptions from __getitem__ propagate.
try:
    s[100]
except IndexError as e:
    print('IndexError:', e)
