# del with slices, extended slices and negative steps.
a = list(range(12))
del a[1:3]
print(a)
del a[::3]
print(a)
del a[-2:]
print(a)
del a[::-2]
print(a)
del a[5:1]
print(a)
del a[100:]
print(a)
b = list('abcdef')
del b[1::2]
print(b)
