# Negative-step slices on list, tuple, str and range.
a = list(range(10))
t = tuple(a)
s = '0123456789'
r = range(10)
for sl in (slice(None, None, -1), slice(None, None, -3), slice(8, 2, -1), slice(2, 8, -1),
           slice(-1, -5, -1), slice(-5, None, -2), slice(None, -5, -2), slice(100, None, -4),
           slice(None, -100, -1), slice(5, -100, -2)):
    print(a[sl], t[sl], s[sl], list(r[sl]))
