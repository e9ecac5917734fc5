# iter() and next(): default values and StopIteration.
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e), e.args)
s = iter('ab')
print(next(s), list(s), list(s))
d = iter({'x': 1, 'y': 2})
print(next(d), next(d))
i = iter(range(3))
print(iter(i) is i, list(i))
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([1, 2])
except TypeError as e:
    print(e)
it = iter((10, 20, 30))
for x in it:
    print(x, next(it, 'end'))
