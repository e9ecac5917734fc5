# str.index and str.rindex raise ValueError when the substring is missing.
try:
    'abc'.index('z')
except ValueError as e:
    print(type(e).__name__, e)
try:
    'abc'.rindex('z')
except ValueError as e:
    print(type(e).__name__, e)
try:
    'abc'.index('a', 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2].index(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    'abc'.index(1)
except TypeError as e:
    print(type(e).__name__, e)
