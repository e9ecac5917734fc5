# Generators in for loops, enumerate, zip and unpacking.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def take(n, it):
    for i, v in zip(range(n), it):
        yield v
print(list(take(10, fib())))
for i, v in enumerate(take(3, fib()), 1):
    print(i, v)
def pairs():
    yield 'a', 1
    yield 'b', 2
for k, v in pairs():
    print(k, v)
print(dict(pairs()))
x, y = (i for i in (7, 8))
print(x, y)
def evens(limit):
    for n in range(limit):
        if n % 2 == 0:
            yield n
print(sum(evens(10)), list(evens(0)))
