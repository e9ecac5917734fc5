# Calls that unpack iterables with * and mappings with **.
def f(a, b, c, d):
    return [a, b, c, d]
print(f(*[1, 2], *(3, 4)), f(1, *range(2), 9), f(*'wxyz'))
print(f(1, 2, **{'d': 4, 'c': 3}), f(*[1], **{'b': 2}, c=3, d=4))
print(print(*[1, 2, 3], sep=', '))
print(*(x * 2 for x in range(3)))
print(max(*[4, 8, 2]), min(*'hello'))
try:
    f(*[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
