# str() checks its encoding and errors arguments before it looks at the object.
def t(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print(type(e).__name__, e)

t(lambda: str(1, 2))
t(lambda: str(1, 'utf-8', 3))
t(lambda: str(1, None))
t(lambda: str(1, errors=None))
t(lambda: str(encoding='utf-8'))
t(lambda: str(errors='strict'))
t(lambda: str('a', 'utf-8'))
t(lambda: str(None, 'utf-8'))
t(lambda: str(5, errors='strict'))
