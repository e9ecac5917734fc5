# for/else: else runs when the iterable is exhausted without break.
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print('found at', i)
            break
    else:
        print('not found')
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')
for x in []:
    pass
else:
    print('empty else')
for i in range(3):
    continue
else:
    print('else after continue, i =', i)
