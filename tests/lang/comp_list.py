# List comprehensions with conditions and expressions.
print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([c.upper() for c in 'abc'], [len(w) for w in 'a bb ccc'.split()])
print([(i, c) for i, c in enumerate('xy')], [])
print([x if x > 0 else 0 for x in [-1, 2, -3, 4]])
print([[j for j in range(i)] for i in range(4)])
print([k + '=' + str(v) for k, v in {'a': 1, 'b': 2}.items()])
print([x for x in []], [None for _ in range(2)])
