# Exceptions raised by a sort key propagate; list sorted by its own values remains valid.
a = [3, 1, 2]
def bad_key(x):
    if x == 2:
        raise ValueError('bad key for 2')
    return x
try:
    a.sort(key=bad_key)
except ValueError as e:
    print(e, sorted(a))
print(sorted(a, key=lambda x: -x))
