# printf-style formatting errors.
cases = [
    lambda: '%d' % 'x', lambda: '%s %s' % ('a',), lambda: '%s' % ('a', 'b'),
    lambda: '%(k)s' % {}, lambda: '%z' % 1, lambda: '%d' % [], lambda: '%(k)s' % 5,
    lambda: '%c' % 'ab', lambda: '%' % (), lambda: '%f' % 'x', lambda: 'no' % 5,
]
for c in cases:
    try:
        print(repr(c()))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ':', e)
