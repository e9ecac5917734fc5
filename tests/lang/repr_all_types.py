# repr and str of each built-in type.
import sys
values = [None, True, False, 0, -12, 3.5, -0.0, 1e16, 'str', "it's", [1, 'a'], (1,), (),
          {'k': 'v'}, {1, 2}, set(), frozenset({3}), frozenset(), range(2, 5), slice(1, None),
          len, print, sys, int, str, type(None), ValueError('v'), Ellipsis, ...,
          NotImplemented, type]
for v in values:
    print(repr(v), '/', str(v))
