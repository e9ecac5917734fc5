# Messages of the form "argument must be str, not X" name None as None.
import sys
def t(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print(type(e).__name__, e)
t(lambda: 'abc'.removeprefix(None))
t(lambda: 'abc'.removesuffix(None))
t(lambda: 'abc'.replace(None, 'x'))
t(lambda: 'abc'.replace('a', None))
t(lambda: 'abc'.replace('a', 1))
t(lambda: 'abc'.__format__(None))
t(lambda: format(1, None))
t(lambda: format(1, 2))
t(lambda: str(1, None))
t(lambda: sys.intern(None))
t(lambda: sys.stdout.write(None))
t(lambda: 'abc'.find(None))
t(lambda: 'a'.join([None]))
