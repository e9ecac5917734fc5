# sys.getsizeof returns positive ints; empty containers are smaller than full ones.
import sys

objs = [0, 1, -5, 2 ** 40, True, 1.5, "", "abc", "é", None, [], [1, 2], (), (1, 2),
        {}, {1: 2}, set(), {1, 2}, range(10), print, sys]
for o in objs:
    n = sys.getsizeof(o)
    print(type(o).__name__, type(n).__name__, n > 0)

print("list:", sys.getsizeof([]) < sys.getsizeof([1, 2, 3]))
print("tuple:", sys.getsizeof(()) < sys.getsizeof((1, 2, 3)))
print("dict:", sys.getsizeof({}) < sys.getsizeof({i: i for i in range(10)}))
print("set:", sys.getsizeof(set()) < sys.getsizeof(set(range(10))))
print("str:", sys.getsizeof("") < sys.getsizeof("hello"))

# ASCII strings cost one byte per character in both implementations.
base = sys.getsizeof("")
print([sys.getsizeof("a" * n) - base for n in (1, 2, 10, 100, 1000)])
# A tuple costs one pointer per item.
tb = sys.getsizeof(())
print([(sys.getsizeof(tuple(range(n))) - tb) // 8 for n in (1, 2, 5, 50)])

# Scalars are not containers: getsizeof equals __sizeof__.
for o in (7, 3.25, "xyz"):
    print(repr(o), sys.getsizeof(o) == o.__sizeof__())
# Containers carry the 16-byte collector header on top of __sizeof__.
for o in ([1], (1,), {1: 1}, {1}):
    print(repr(o), sys.getsizeof(o) - o.__sizeof__())
# Value does not matter for a float; ints of the same small magnitude agree.
print(sys.getsizeof(0.0) == sys.getsizeof(1e300), sys.getsizeof(1) == sys.getsizeof(9))
