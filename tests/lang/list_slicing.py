# list slicing with steps and out-of-range bounds returns new lists.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[8:2:-2], a[-3:], a[:-7])
print(a[100:], a[-100:2], a[5:2], a[::-4], a[1:-1:4])
b = a[:]
b[0] = 'x'
print(a[0], b[0])
print(a[slice(1, 4)], a[slice(None, None, 2)])
try:
    print(a[::0])
except ValueError as e:
    print(type(e).__name__, e)
