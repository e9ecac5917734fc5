# split and rsplit convert maxsplit before they check sep.
def t(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for m in ['a b c'.split, 'a b c'.rsplit]:
    t(lambda: m(0, 'a'))
    t(lambda: m(1, None))
    t(lambda: m(1, 1))
    t(lambda: m(1))
    t(lambda: m('', 'x'))
    t(lambda: m('', 1))
    t(lambda: m(sep=1, maxsplit='x'))
    t(lambda: m(None, 1))
