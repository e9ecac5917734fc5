# Slice assignment: replace, grow, shrink, insert and extended slices.
a = list(range(6))
a[1:3] = ['a', 'b', 'c']
print(a)
a[1:4] = []
print(a)
a[0:0] = [9, 8]
print(a)
a[len(a):] = 'xy'
print(a)
a[:] = (1, 2, 3, 4, 5, 6)
print(a)
a[::2] = [0, 0, 0]
print(a)
a[::-2] = 'abc'
print(a)
a[2:2] = range(2)
print(a)
b = [1, 2, 3]
b[1:2] = b
print(b)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(e)
try:
    a[1:2] = 5
except TypeError as e:
    print(e)
