# find, count, index, startswith and friends read start/end before checking the substring.
def t(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print(type(e).__name__, e)
s = 'abcab'
for name in ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith']:
    m = getattr(s, name)
    t(lambda: m(0, 'a'))
    t(lambda: m(None, 'a'))
    t(lambda: m(1))
    t(lambda: m('a', 'b'))
    t(lambda: m('a', 1, 'b'))
    t(lambda: m(None))
t(lambda: s.startswith(('a', 1)))
t(lambda: s.startswith(('x', 1)))
