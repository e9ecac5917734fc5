# int() and float() read the decimal digits of every script, not only ASCII.
for s in ['١٢٣', '٣', ' ١٢ ', '-٤', '1٢', '１２', '𝟏𝟐', '٠١', '١x', '½', '²', '١_٢', '\u2003٧\u2003']:
    for f in (int, float):
        try:
            print(f.__name__, repr(f(s)))
        except ValueError as e:
            print(f.__name__, e)
for s, b in [('٠١', 0), ('١٠', 16), ('٢', 2), ('٠', 0)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print(e)
print(float('١.٥'), float('-١e٢'), float('٣.'))
