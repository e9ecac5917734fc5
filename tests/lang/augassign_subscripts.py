# Augmented assignment on list items and dict entries evaluates the target once.
a = [1, 2, 3]
a[0] += 10
a[-1] *= 5
a[1] **= 3
print(a)
d = {'k': 1, 'n': 'x'}
d['k'] += 1
d['n'] += 'y'
print(d)
counts = {}
for w in 'the cat and the hat and the bat'.split():
    counts[w] = counts.get(w, 0) + 1
counts['the'] -= 1
print(counts)
calls = []
def idx():
    calls.append('idx')
    return 0
m = [[5]]
m[idx()][idx()] += 1
print(m, calls)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
print(grid)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(e, t)
