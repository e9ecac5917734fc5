# list.remove, list.index (with start/stop) and list.count use ==.
a = [1, 2, 3, 2, 1, 2.0, True]
print(a.count(2), a.count(1), a.count(9), a.index(2), a.index(2, 2), a.index(2, 4), a.index(1, -3))
a.remove(2)
print(a)
a.remove(True)
print(a)
try:
    a.remove('x')
except ValueError as e:
    print(e)
try:
    a.index(99)
except ValueError as e:
    print(e)
try:
    a.index(3, 0, 1)
except ValueError as e:
    print(e)
print([[1], [1]].count([1]), [None, 0, False].count(0), ['a'].index('a'))
