# list.append and list.extend with various iterables; append of a list nests it.
a = []
a.append(1)
a.append([2, 3])
a.append(a[1])
print(a, len(a))
b = [1]
b.extend([2, 3])
b.extend((4,))
b.extend('ab')
b.extend(range(2))
b.extend({'k': 0})
b.extend(x for x in [9])
b.extend([])
print(b)
c = [1, 2]
c.extend(c)
print(c)
print(a.append(0), b.extend([]))
try:
    b.extend(5)
except TypeError as e:
    print(e)
try:
    b.append()
except TypeError as e:
    print(e)
