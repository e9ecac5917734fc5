# tuple and list comparison is lexicographic, element by element.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9, 9))
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1, 2.0) == (1, 2))
print([1, 2] < [1, 3], [3] > [2, 100], [] == [], [[1]] < [[2]])
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
print(max([(1, 'x'), (1, 'y')]), min([[3], [1, 5], [1]]))
try:
    print((1, 'a') < (1, 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print((1, 2) < [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print((1, 'a') < (2, 1))
