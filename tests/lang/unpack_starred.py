# Starred unpacking collects the rest into a list.
a, *b, c = range(6)
print(a, b, c)
*init, last = 'hello'
print(init, last)
head, *tail = [1]
print(head, tail)
first, *mid, end = 1, 2
print(first, mid, end)
[x, *ys] = (9, 8, 7)
print(x, ys, type(ys))
for p, *rest in [(1, 2, 3), (4,)]:
    print(p, rest)
print([*range(3), *'ab'], (*[1, 2], 3), {*[1, 2], 2})
print({**{'a': 1}, 'b': 2, **{'a': 3}})
*everything, = 'xyz'
print(everything)
