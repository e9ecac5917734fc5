# filter() with a function and with None.
print(list(filter(None, [0, 1, '', 'a', None, [], [0], False, 2.5])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, 'a1b2')))
print(list(filter(None, [])), tuple(filter(lambda s: len(s) > 1, ['a', 'bb', 'ccc'])))
f = filter(None, iter([0, 3, 0, 4]))
print(next(f), list(f))
