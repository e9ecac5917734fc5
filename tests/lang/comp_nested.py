# Nested comprehensions: multiple for clauses and comprehensions inside comprehensions.
print([(x, y) for x in range(3) for y in range(x)])
print([x * y for x in [1, 2, 3] if x != 2 for y in [10, 100] if y > x * 10])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row])
print([[c * n for c in 'ab'] for n in range(1, 3)])
print({k: {v for v in range(k)} for k in range(3)})
print(sum(x for row in matrix for x in row if x % 2))
