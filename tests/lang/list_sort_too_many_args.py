# list.sort() counts all its arguments before it refuses positional ones, as CPython does.
def t(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print(type(e).__name__, e)
t(lambda: [].sort(1))
t(lambda: [].sort(1, 2))
t(lambda: [].sort(1, 2, 3))
t(lambda: [].sort(1, key=None))
t(lambda: [].sort(1, 2, key=None))
t(lambda: [].sort(key=None, reverse=1, x=2))
t(lambda: [].sort(x=2))
t(lambda: [3, 1, 2].sort(reverse=True))
