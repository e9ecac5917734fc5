# __eq__ is what list.index/count/remove, `in`, == on containers and dict lookups use.
class P:
    def __init__(self, name, v):
        self.name = name
        self.v = v
    def __eq__(self, other):
        print('eq', self.name, getattr(other, 'name', other))
        if isinstance(other, P):
            return self.v == other.v
        return NotImplemented
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return self.name

items = [P('a', 1), P('b', 2), P('c', 3), P('d', 2)]
print(items.index(P('x', 2)))
print(items.count(P('y', 2)))
items.remove(P('z', 2))
print(items)
print(P('q', 3) in items)
# Identity is checked first: the same object is found without calling __eq__.
c = items[1]
print(c in items, items.index(c), items.count(c))
# Container equality compares items pairwise.
print([P('l1', 1), P('l2', 2)] == [P('r1', 1), P('r2', 2)])
print((P('t1', 1),) == (P('t2', 5),))
# Dict lookups use hash first, then __eq__ on a hash match.
d = {P('k1', 1): 'one', P('k2', 2): 'two'}
print(d[P('look', 2)])
print(P('absent', 9) in d)
# NotImplemented against a str: the comparison falls back to identity.
print(items.count('a'))
try:
    items.index('zzz')
except ValueError as e:
    print('ValueError:', e)
