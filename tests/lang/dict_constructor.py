# dict() from keyword arguments, pairs, another dict and zip.
print(dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict((('k', 'v'),)))
print(dict({'a': 1}, b=2), dict([('a', 1)], a=2), dict(zip('abc', range(3))))
print(dict([[1, 2], 'xy']), dict({1: 2}.items()))
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
try:
    dict(['abc'])
except ValueError as e:
    print(e)
try:
    dict(5)
except TypeError as e:
    print(e)
d = {'a': [1]}
e = dict(d)
e['a'].append(2)
e['b'] = 0
print(d, e)
