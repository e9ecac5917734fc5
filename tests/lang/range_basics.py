# range: repr, len, indexing, slicing, membership and equality.
print(range(5), range(1, 5), range(1, 10, 2), range(5, 0, -1), range(0))
r = range(3, 20, 4)
print(list(r), len(r), r[0], r[-1], r[1:3], r[::-1], list(r[::-1]))
print(7 in r, 8 in r, 19 in r, 20 in r, 3.0 in r)
print(len(range(10, 0)), len(range(0, -10, -3)), list(range(0, -10, -3)))
print(range(5) == range(0, 5), range(0) == range(5, 5), range(1, 4, 2) == range(1, 5, 2))
print(r.index(11), r.count(11), r.start, r.stop, r.step)
try:
    range(1, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(r[10])
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(range(-3, 3)), sum(range(101)))
print(range(2**62)[-1], len(range(0, 2**62, 2**60)))
