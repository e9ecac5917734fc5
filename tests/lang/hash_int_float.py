# Equal numbers hash equal across int, float and bool.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2**40) == hash(float(2**40)), hash(-7) == hash(-7.0), hash(1.5) == hash(1.5))
print(hash(5), hash(-5), hash(0), hash(True), hash(2.0), hash(-1) == hash(-2))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset({1, 2})) == hash(frozenset({2.0, 1})))
print(hash('abc') == hash('ab' + 'c'), hash(None) == hash(None))
print(hash(()) == hash(()), hash((1,)) != hash((2,)))
for bad in ([], {}, set(), ([],)):
    try:
        hash(bad)
    except TypeError as e:
        print(e)
print({1: 'a', 1.0: 'b'}, {2.0: 'x', 2: 'y'})
