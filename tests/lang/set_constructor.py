# set() and frozenset() from iterables.
print(set(), set([3, 1, 2, 1]), set(range(4)), set((5,)), set({'k': 1}), set('aa'))
print(frozenset(), frozenset([1, 1]), frozenset(range(3)))
print(sorted(set('mississippi')), len(set('mississippi')))
s = {1, 2}
print(set(s) == s, set(s) is s)
f = frozenset([1])
print(frozenset(f) is f)
try:
    set(5)
except TypeError as e:
    print(e)
try:
    set([[1]])
except TypeError as e:
    print(e)
