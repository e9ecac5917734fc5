# frozensets are hashable: usable as dict keys and set members; sets are not.
fs = frozenset({1, 2})
d = {fs: 'pair', frozenset(): 'empty'}
print(d[frozenset([2, 1])], d[frozenset()], fs in d, frozenset({1, 2, 3}) in d)
s = {fs, frozenset({2, 1}), frozenset({3})}
print(len(s), frozenset({1, 2}) in s)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
try:
    {set(): 1}
except TypeError as e:
    print(e)
try:
    {1, 2} in {frozenset({1, 2})}
    print('set converted for lookup:', {1, 2} in {frozenset({1, 2})})
except TypeError as e:
    print(e)
