# list.reverse, list.copy (shallow) and list.clear.
a = [1, [2], 3]
print(a.reverse(), a)
b = a.copy()
print(b, b == a, b is a, b[1] is a[1])
b[1].append('shared')
b.append('only b')
print(a, b)
c = a
a.clear()
print(a, c, b)
d = []
d.reverse()
print(d, d.copy())
