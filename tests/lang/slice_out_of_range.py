# Out-of-range slice bounds are clipped, never an error.
a = [1, 2, 3]
print(a[5:], a[-10:], a[:100], a[-100:-50], a[50:100], a[2:1], a[1:-10])
print('abc'[10:], 'abc'[-10:1], (1, 2)[3:4], range(3)[5:], range(3)[-9:9])
print(a[3:], a[-3:], a[:-3], a[0:0])
b = a[:]
b[10:20] = [9]
print(b)
b[-100:0] = [0]
print(b)
del b[50:]
print(b)
