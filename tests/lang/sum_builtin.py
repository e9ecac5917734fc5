# sum() with start values, floats and its TypeError for strings.
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]))
print(sum([1, 2], 10), sum([], 5), sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum([True, True, False]), sum(x * x for x in range(4)), sum([-1, -2], start=3))
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(e)
try:
    sum(['a', 'b'])
except TypeError as e:
    print(e)
try:
    sum([1, None])
except TypeError as e:
    print(e)
