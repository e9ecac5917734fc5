# len() of every sized built-in type, and its TypeError.
print(len(''), len('héllo'), len([1, 2]), len((1,)), len({'a': 1}), len({1, 2, 3}))
print(len(frozenset()), len(range(10)), len(range(0, 10, 3)), len({}.keys()), len('ab'))
print(len({'a': 1, 'b': 2}.items()), len({'a': 1}.values()), len([[1, 2, 3]]))
for bad in (5, 2.5, None, True, len, iter([])):
    try:
        len(bad)
    except TypeError as e:
        print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    len([], [])
except TypeError as e:
    print(e)
