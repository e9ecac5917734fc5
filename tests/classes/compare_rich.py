# Rich comparison methods and what they return.
class Version:
    def __init__(self, major, minor):
        self.key = (major, minor)
    def __repr__(self):
        return 'V%d.%d' % self.key
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key == other.key
    def __lt__(self, other):
        return self.key < other.key
    def __le__(self, other):
        return self.key <= other.key
    def __gt__(self, other):
        return self.key > other.key
    def __ge__(self, other):
        return self.key >= other.key
    __hash__ = None

a = Version(1, 2)
b = Version(1, 10)
c = Version(1, 2)
print(a == c, a == b, a != c, a != b)
print(a < b, a <= c, a > b, a >= c, b > a)
# sorted, min and max use __lt__.
vs = [Version(2, 0), Version(1, 5), Version(1, 10), Version(0, 9)]
print(sorted(vs))
print(min(vs), max(vs))
print(sorted(vs, reverse=True))
# Chained comparisons.
print(Version(0, 1) < a < b, a < b < Version(1, 3))
# == against a different type falls back to identity (False).
print(a == 'V1.2', a != 3)
# in uses ==.
print(c in vs, Version(1, 5) in vs)
# Comparison methods may return anything; the truth value decides in if/while.
class Weird:
    def __eq__(self, other):
        return 'yes'
    def __lt__(self, other):
        return [1, 2]
w = Weird()
print(w == 1, w < 2, w != 1)
if w < 0:
    print('non-empty list is true')
# list equality compares elements with ==.
print([a, b] == [c, Version(1, 10)], [a] == [b])
# __ne__ derived from __eq__ when not defined.
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('__eq__ called')
        return self.v == other.v
print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
