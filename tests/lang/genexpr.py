# Generator expressions are lazy, single-use iterators.
g = (x * x for x in range(4))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ['a', 'abc', 'ab']))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in []))
seen = []
def record(v):
    seen.append(v)
    return v
lazy = (record(i) for i in range(5))
print(seen)
print(next(lazy), seen)
print(list(lazy), seen)
print(sorted((c for c in 'hello'), reverse=True))
print(dict((k, len(k)) for k in ['one', 'three']), tuple(i for i in 'ab'))
print(''.join(str(i) for i in range(5)))
