# A for loop's variable keeps its last value after the loop; an empty loop never binds it.
for i in range(5):
    pass
print(i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print(e)
for k in range(3):
    if k == 1:
        break
print(k)
for a, b in [(1, 2), (3, 4)]:
    pass
print(a, b)
items = [1, 2, 3]
for x in items:
    items = []
print(x, items)
d = {}
for d['key'] in 'xyz':
    pass
print(d)
lst = [0, 0, 0]
for lst[0] in range(4):
    pass
print(lst)
