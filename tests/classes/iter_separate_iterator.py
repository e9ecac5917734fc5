# Re-iterable objects whose __iter__ returns a fresh iterator, generator __iter__, and
# iteration errors.
# An iterable whose __iter__ returns a separate iterator object (re-iterable).
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 10
    def __iter__(self):
        return self
r = Range2(3)
print(list(r), list(r))
print([x + 1 for x in r], dict(zip('abc', r)))
# __iter__ as a generator.
class Tree:
    def __init__(self, *kids):
        self.kids = kids
    def __iter__(self):
        for k in self.kids:
            yield k
print(list(Tree(1, 2, 3)), tuple(Tree()))
# Errors.
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print('TypeError:', e)
class BadIter:
    def __iter__(self):
        return 5
try:
    for x in BadIter():
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    next(NotIter())
except TypeError as e:
    print('TypeError:', e)
