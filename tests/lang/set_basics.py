# set: small-int sets print in order; membership, len, duplicates.
s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, 5 in s, 5 not in s)
print(set(), set([1, 1, 2]), set(range(5)), {0})
print(sorted({'b', 'c', 'a'}))
print({1, 1.0, True}, len({1, 1.0, True}))
print(type({1}), type(set()), type({}))
try:
    print({[1]})
except TypeError as e:
    print(type(e).__name__, e)
e = set()
print(e, bool(e), len(e))
print({(1, 2), (1, 2)})
print(set('a'), sorted(set('hello')))
