# Nested lists: aliasing through multiplication and deep indexing.
grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
print(grid)
bad = [[0] * 3] * 3
bad[1][2] = 5
print(bad)
m = [[1, [2, [3, [4]]]], []]
print(m, m[0][1][1][1][0], len(m[1]))
t = ([1, 2], [3])
t[0].append(9)
print(t)
d = {'k': [1, {'x': (2, 3)}]}
print(d['k'][1]['x'][1])
