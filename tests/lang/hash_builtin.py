# hash() of small ints, bools, None-equality and tuples; unhashable types.
print(hash(0), hash(1), hash(-1), hash(42), hash(True), hash(False), hash(-2))
print(hash(1.0), hash(0.5) == hash(0.5), hash(2**40), hash(-2**40))
print(hash((1, 'a')) == hash((1, 'a')), hash(frozenset([1])) == hash(frozenset([1])))
print(type(hash('x')).__name__, hash(2**61 - 1), hash(2**61), hash(-(2**61)))
for bad in ([], {}, {1}, [1, [2]]):
    try:
        hash(bad)
    except TypeError as e:
        print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
