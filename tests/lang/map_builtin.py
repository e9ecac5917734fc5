# map() with one and several iterables; lazy evaluation.
print(list(map(str, [1, 2, 3])), list(map(len, ['a', 'bb'])), list(map(abs, [])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(map(max, [1, 5], [4, 2], [3, 3])), list(map(int, '123')))
m = map(lambda x: print('mapping', x) or x, [1, 2])
print('created')
print(list(m), list(m))
print(sum(map(int, '1 2 3'.split())))
try:
    list(map(len, [1]))
except TypeError as e:
    print(e)
