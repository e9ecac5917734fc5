# dict: keys of several types; 1, 1.0 and True are the same key.
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
d2 = {(1, 2): 'tuple', None: 'none', 'k': 'str', -5: 'neg', 2.5: 'float'}
print(d2[(1, 2)], d2[None], d2['k'], d2[-5], d2[2.5])
print(d2)
print({}, dict(), {'a': {}}, {'a': []})
print(len(d2), 'k' in d2, 'zz' in d2, (1, 2) in d2)
try:
    d2[[1]] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({[]: 1})
except TypeError as e:
    print(type(e).__name__, e)
print({'a': 1} == {'a': 1.0}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {1: 2} != {1: 3})
print({0: 'a', 0.0: 'b', False: 'c'})
