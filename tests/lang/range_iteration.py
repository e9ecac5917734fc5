# Iterating over ranges forward, backward and empty.
for i in range(3):
    print('a', i)
for i in range(10, 0, -4):
    print('b', i)
for i in range(5, 5):
    print('never')
for i in range(-2, 2):
    print('c', i, end=' ')
print()
print([i * i for i in range(6)], tuple(range(3)), set(range(4)))
r = range(3)
it = iter(r)
print(next(it), next(it), next(it), next(it, 'end'))
print(list(reversed(range(1, 8, 3))))
