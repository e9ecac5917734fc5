# Objects with only __getitem__ are iterable: indexes 0, 1, 2, ... until IndexError.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        print('__getitem__', i)
        if i >= self.n:
            raise IndexError('done')
        return i * i

for v in Squares(3):
    print('value', v)
print(list(Squares(4)))
it = iter(Squares(2))
print(type(it).__name__)
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print('exhausted')
x, y = Squares(2)
print(x, y)
print(sorted(Squares(3), reverse=True))
# StopIteration from __getitem__ also ends iteration.
class StopsEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return 'item' + str(i)
print(list(StopsEarly()))
# Other exceptions propagate.
class Broken:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError('bad index')
        return i
try:
    list(Broken())
except KeyError as e:
    print('KeyError:', e)
# __iter__ takes precedence over __getitem__.
class Both:
    def __getitem__(self, i):
        return 'getitem'
    def __iter__(self):
        return iter(['from iter'])
print(list(Both()), Both()[0])
# __iter__ = None makes it not iterable even with __getitem__.
class Blocked:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(Blocked())
except TypeError as e:
    print('TypeError:', e)
