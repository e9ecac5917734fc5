# any() and all(): empty iterables and short-circuiting.
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any([0, 3]), all([1, 0]))
print(any('') , all(''), any(x > 2 for x in range(5)), all(x < 5 for x in range(5)))
seen = []
def check(v):
    seen.append(v)
    return v
print(any(check(v) for v in [0, 1, 2, 3]), seen)
seen.clear()
print(all(check(v) for v in [1, 1, 0, 1]), seen)
print(any({0: 'a'}), all({1: 0}), any({0.0}), all(range(1, 4)))
try:
    any(5)
except TypeError as e:
    print(e)
