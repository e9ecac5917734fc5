# sorted(): key=, reverse=, any iterable, always a new list.
print(sorted([3, 1, 2]), sorted('cba'), sorted((2, 1)), sorted({3: 0, 1: 0}), sorted([]))
print(sorted([3, 1, 2], reverse=True), sorted(['bb', 'a', 'ccc'], key=len, reverse=True))
print(sorted([-3, 2, -1], key=abs), sorted(['B', 'a', 'C'], key=str.lower))
print(sorted([1.5, 1, True, 0.5]), sorted([[2, 1], [1, 9], [1, 2]]))
a = [2, 1]
b = sorted(a)
print(a, b, a is b)
print(sorted(range(10), key=lambda n: (n % 3, -n)))
try:
    sorted([1, 'x'])
except TypeError as e:
    print(e)
try:
    sorted([1], 2)
except TypeError as e:
    print(e)
