# list, tuple and range methods: corner cases, slice assignment and NaN identity.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3]
t(lambda: a.index(4))
t(lambda: a.index(2, 2))
t(lambda: a.index(2, -2))
t(lambda: a.index(2, 0, 1))
t(lambda: a.index())
t(lambda: a.index(1, 'a'))
t(lambda: a.count())
t(lambda: a.remove(9))
t(lambda: a.pop(10))
t(lambda: [].pop())
t(lambda: a.pop('a'))
t(lambda: a.insert(1))
t(lambda: a.insert('a', 1))
t(lambda: a.append())
t(lambda: a.extend(1))
t(lambda: a.sort(1))
t(lambda: a.sort(key=1))
t(lambda: a.sort(reversed=True))
t(lambda: a + (1,))
t(lambda: a * 'a')
t(lambda: a[1:2:0])
t(lambda: a['x'])
t(lambda: a[10])
t(lambda: a[-10])
t(lambda: a[None:None])
t(lambda: a[1.5:])
t(lambda: list(1))
t(lambda: list([1], [2]))
t(lambda: list(x=1))
t(lambda: [1, 2] < [1, 2, 3])
t(lambda: [1, 2] < [1, 'a'])
t(lambda: [1, 'a'] == [1, 'a'])
t(lambda: [1] < (1,))
t(lambda: [1] == (1,))
t(lambda: [3, 1, 2].sort())
def f1():
    b = [1, 2, 3, 4, 5]
    b[1:3] = 'xyz'
    print(b)
    b[::2] = [0, 0, 0]
    print(b)
    try:
        b[::2] = [1]
    except ValueError as e:
        print(e)
    try:
        b[::2] = 5
    except TypeError as e:
        print(e)
    b[5:1] = [9]
    print(b)
    b[-100:-99] = [7]
    print(b)
    b[100:] = [8]
    print(b)
    del b[::3]
    print(b)
    del b[100:]
    print(b)
    try:
        del b[100]
    except IndexError as e:
        print(e)
    b[:] = b
    print(b)
    b[1:1] = b
    print(b)
    b *= 2
    print(b)
    b *= 0
    print(b)
    c = [1]
    c += 'ab'
    print(c)
    try:
        c += 1
    except TypeError as e:
        print(e)
    c.extend(c)
    print(c)
    c[::-1] = range(6)
    print(c)
    try:
        c[1] = 1, 2
        print(c)
        c[1:2:1] = []
        print(c)
        c[0:4:2] = []
    except ValueError as e:
        print(e)
    try:
        c['a'] = 1
    except TypeError as e:
        print(e)
    try:
        del c['a']
    except TypeError as e:
        print(e)
f1()
t(lambda: (1, 2).index(3))
t(lambda: (1, 2).count())
t(lambda: (1, 2) + [3])
t(lambda: (1, 2)[5])
t(lambda: (1,)[::-1])
t(lambda: tuple(1))
t(lambda: tuple('ab', 1))
t(lambda: (1, 2) * -1)
t(lambda: () * 5)
t(lambda: (1, (2, [3])))
t(lambda: (1, 'a') < (1, 2))
t(lambda: (1, 2) < (1, 2, 0))
t(lambda: (float('nan'),) == (float('nan'),))
n = float('nan')
t(lambda: (n,) == (n,))
t(lambda: [n] == [n])
t(lambda: n in [n])
t(lambda: [n].count(n))
t(lambda: [n].index(n))
t(lambda: {n: 1}[n])
t(lambda: range(1, 10, 0))
t(lambda: range(1.5))
t(lambda: range())
t(lambda: range(1, 2, 3, 4))
t(lambda: range(10)[2:8:2])
t(lambda: range(10)[::-1])
t(lambda: range(10)[-20:20])
t(lambda: range(0, 10, 3)[-1])
t(lambda: range(0, 10, 3)[4])
t(lambda: range(5).index(7))
t(lambda: range(5).index(3))
t(lambda: range(5).count(3))
t(lambda: range(5).count(3.0))
t(lambda: 3.0 in range(5))
t(lambda: 'a' in range(5))
t(lambda: range(5) == range(0, 5, 1))
t(lambda: range(0) == range(5, 2))
t(lambda: range(1, 2, 3).start)
t(lambda: (range(1, 10, 3).stop, range(1, 10, 3).step))
t(lambda: repr(range(0, 5, 1)))
t(lambda: repr(range(-5)))
t(lambda: len(range(-5, 5, 3)))
t(lambda: hash(range(3)) == hash(range(0, 3)))
t(lambda: range(5)['a'])
t(lambda: list(range(5, 0, -2)))
t(lambda: range(3) < range(4))
t(lambda: list(reversed(range(1, 10, 4))))
t(lambda: bool(range(0)))
t(lambda: range(True, 3))
