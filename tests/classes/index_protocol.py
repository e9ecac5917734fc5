# __index__ lets objects act as integers for indexing, slicing, range, hex, bin, oct.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print('__index__', self.v)
        return self.v

data = ['a', 'b', 'c', 'd', 'e']
print(data[Idx(1)], data[Idx(-1)])
print(data[Idx(1):Idx(3)])
print('hello'[Idx(0)], (10, 20, 30)[Idx(2)])
print(list(range(Idx(3))), list(range(Idx(1), Idx(7), Idx(2))))
print(hex(Idx(255)), bin(Idx(5)), oct(Idx(8)))
data[Idx(0)] = 'A'
del data[Idx(4)]
print(data)
print([0] * Idx(3), 'ab' * Idx(2))
print(int.__index__(7), Idx(9).__index__())
# __index__ must return an int.
class BadIdx:
    def __index__(self):
        return 'nope'
try:
    data[BadIdx()]
except TypeError as e:
    print('TypeError:', e)
# Objects without __index__.
class NoIdx:
    pass
try:
    data[NoIdx()]
except TypeError as e:
    print('TypeError:', e)
try:
    range(NoIdx())
except TypeError as e:
    print('TypeError:', e)
try:
    hex(NoIdx())
except TypeError as e:
    print('TypeError:', e)
# Out of range indexes still raise IndexError.
try:
    data[Idx(50)]
except IndexError as e:
    print('IndexError:', e)
