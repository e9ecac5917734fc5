# KeyError from dict lookups shows the repr of the key.
d = {'a': 1}
for key in ['b', 1, (1, 2), None, '', "it's", 2.5]:
    try:
        d[key]
    except KeyError as e:
        print(repr(e), str(e), e.args)
try:
    d[(1,)]
except LookupError as e:
    print(type(e).__name__, e)
