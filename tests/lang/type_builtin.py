# type() of values prints the class; types compare by identity.
for v in (1, 1.5, 'a', True, None, [], (), {}, set(), frozenset(), range(1), slice(1),
          len, lambda: 0, (x for x in []), ValueError(), type, iter([]), iter(()), {}.keys()):
    print(type(v))
print(type(1) is int, type(True) is bool, type(True) is int, type(1) == type(2))
print(type(int), type(type(1)), int.__name__, type(None).__name__)
print(type('a')('xyz'), type(5)('12'), type([])('ab'))
