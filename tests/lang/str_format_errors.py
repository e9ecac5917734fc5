# str.format error messages.
cases = [
    lambda: '{} {}'.format(1), lambda: '{1}'.format(1), lambda: '{name}'.format(),
    lambda: '{0} {}'.format(1, 2), lambda: '{'.format(), lambda: '}'.format(),
    lambda: '{:d}'.format('s'), lambda: '{0[5]}'.format([1]), lambda: '{!x}'.format(1),
    lambda: '{0[k]}'.format({}),
]
for c in cases:
    try:
        print(c())
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__ + ':', e)
