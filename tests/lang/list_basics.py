# list: creation, indexing, item assignment, len, repr and equality.
a = [1, 'two', 3.0, None, True, [5]]
print(a, len(a), a[0], a[-1], a[-1][0])
a[1] = 2
print(a)
print([] == [], [1, 2] == [1, 2], [1, 2] != [2, 1], [1] * 3, [1] + [2])
print(list(), list('ab'), list(range(3)), list((1, 2)))
b = a
b.append('x')
print(a is b, a[-1], len(a))
c = a[:]
c.append('y')
print(len(a), len(c), c is a, c == a)
try:
    a[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(a[10])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(a['x'])
except TypeError as e:
    print(type(e).__name__, e)
