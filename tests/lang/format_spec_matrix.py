# format() over many specs and values: ints, floats, specials and strings.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for spec in ['', '10', '<10', '^10', '>10', '=10', '+', '-', ' ', '#x', '#o', '#b', '#X', 'x', 'c', 'd', 'n',
             '010', '+010', '_', ',', '_x', '_b', ',d', '08,', '#010x', '=+10', '*^9', 'e', '.2f', '%', 'g', '.0e',
             '#.0f', '#g', '.3', '10.3', ',.2f', '_.3e', 's', '5s', 'z', 'z.1f', '.1%', '-^#12_X', '0=10', '0<10', 'E', 'G', 'F', '.0', '#.3g', '.100f', '1000000000000000000000d']:
    for v in [0, 255, -255, 1234567, True, 0.0, -0.0, 1.5, -1234.5678, 1e100, 1e-7, float('inf'), float('nan'), 123456789.0, 0.1, 'ab']:
        try:
            r = format(v, spec)
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(repr(spec), repr(v), repr(r))
