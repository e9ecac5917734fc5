# list() and tuple() from various iterables, and their errors.
print(list(), list([1, 2]), list((3,)), list('ab'), list(range(3)), list({'k': 1, 'j': 2}))
print(list({'k': 1}.items()), list(x * 2 for x in [1, 2]), list(iter([5])))
print(tuple(), tuple([1]), tuple('hi'), tuple(range(2)), tuple({'a': 0}.values()))
a = [1, 2]
b = list(a)
print(b == a, b is a)
t = (1, 2)
print(tuple(t) is t, tuple(t) == t)
for bad in (5, None, 1.5):
    try:
        list(bad)
    except TypeError as e:
        print(e)
try:
    tuple(3)
except TypeError as e:
    print(e)
