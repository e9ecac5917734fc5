# Comprehension variables do not leak; the first iterable is evaluated outside.
x = 'outer'
print([x for x in range(3)], x)
print({x for x in 'ab'} == {'a', 'b'}, x)
print({x: 1 for x in [0]}, x)
print(list(x for x in range(2)), x)
y = 10
print([y + i for i in range(3)])
def f():
    n = 3
    return [i * n for i in range(n)]
print(f())
try:
    print(i)
except NameError as e:
    print(e)
data = [1, 2, 3]
print([data for data in data])
def g():
    items = [1, 2]
    return [lambda: i for i in items]
print([h() for h in g()])
