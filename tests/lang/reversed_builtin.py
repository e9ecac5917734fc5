# reversed() on lists, tuples, strings, ranges and dicts.
print(list(reversed([1, 2, 3])), tuple(reversed((1, 2))), ''.join(reversed('abc')))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed([])))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1, 'b': 2}.items())))
r = reversed([1, 2])
print(next(r), next(r), next(r, 'done'))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    reversed(5)
except TypeError as e:
    print(e)
