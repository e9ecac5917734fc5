# printf-style formatting takes the argument before it checks the conversion character.
def t(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
t(lambda: '%z' % ())
t(lambda: '%z' % 1)
t(lambda: '%z %s' % ())
t(lambda: '%(a)z' % {'a': 1})
t(lambda: '%5%' % ())
t(lambda: '%5%' % 1)
t(lambda: '%-%' % (1,))
t(lambda: '%(a)%' % {})
t(lambda: '%*^e' % 5)
t(lambda: '%*^e' % 1.5)
t(lambda: '%*^d' % (5, 3))
t(lambda: '%*d' % (5,))
t(lambda: '%.*z' % (1, 2))
t(lambda: '%s %y' % (1,))
