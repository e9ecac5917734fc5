# An infinite generator consumed until break.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
for n in naturals():
    if n * n > 50:
        break
print('first square over 50 from', n)
g = naturals()
print([next(g) for _ in range(5)])
print(next(g))
def cycle(items):
    while True:
        for x in items:
            yield x
out = []
for i, c in enumerate(cycle('ab')):
    if i == 5:
        break
    out.append(c)
print(out)
