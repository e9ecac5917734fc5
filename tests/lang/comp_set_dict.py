# Set and dict comprehensions.
print({x % 4 for x in range(10)}, {x for x in []}, type({x for x in []}))
print(sorted({w[0] for w in ['apple', 'avocado', 'banana', 'cherry']}))
print({x: x * x for x in range(5)}, {k: v for k, v in []})
print({v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()})
print({c: i for i, c in enumerate('abca')})
print({x: [y for y in range(x)] for x in range(3)})
print({(i, j): i * j for i in range(2) for j in range(2) if i != j})
