# enumerate() with and without start.
print(list(enumerate('abc')), list(enumerate([], 5)), list(enumerate('xy', start=10)))
print(list(enumerate(['a'], -3)), dict(enumerate('ab')))
for i, (k, v) in enumerate({'p': 1, 'q': 2}.items(), 1):
    print(i, k, v)
e = enumerate(x * 2 for x in range(3))
print(next(e), list(e))
try:
    enumerate(5)
except TypeError as e:
    print(e)
