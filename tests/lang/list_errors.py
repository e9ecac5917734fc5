# List operations that raise: bad index types, out of range, unorderable sort.
a = [1, 2, 3]
tests = [lambda: a[3], lambda: a[-4], lambda: a['1'], lambda: a[1.0], lambda: a[None],
         lambda: a.remove(4), lambda: [].pop(), lambda: a.index(0), lambda: a * 'x',
         lambda: a + (4,), lambda: a < 'a', lambda: [1, None].sort()]
for t in tests:
    try:
        t()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
def set_item():
    a[5] = 0
try:
    set_item()
except IndexError as e:
    print(e)
