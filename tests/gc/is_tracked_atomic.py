# Atomic objects are never tracked; containers are (tuples and dicts have their rules).
import gc
for o in [1, 2 ** 40, 1.5, 'text', '', None, True, range(3)]:
    print(repr(o), gc.is_tracked(o))
for o in [[], [1], {1, 2}, frozenset([1]), set(), lambda: 0, iter([1]), enumerate([])]:
    print(type(o).__name__, gc.is_tracked(o))
def gen():
    yield 1
print(gc.is_tracked(gen()))
print(gc.is_tracked(gc))
print(gc.is_tracked(ValueError('x')))
