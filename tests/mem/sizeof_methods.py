# __sizeof__ on the built-in types and its argument errors.
import sys

for o in (5, 2.5, "s", [], (), {}, set(), frozenset(), True):
    n = o.__sizeof__()
    print(type(o).__name__, type(n).__name__, n > 0, sys.getsizeof(o) >= n)

for o in (5, 2.5, "s", [], {}, set()):
    try:
        o.__sizeof__(1)
    except TypeError as e:
        print("TypeError:", e)

# A list's __sizeof__ follows its allocation, not its length.
a = list(range(10))
before = a.__sizeof__()
a.append(10)
print(a.__sizeof__() > before)
a.pop()
print(a.__sizeof__() > before)
