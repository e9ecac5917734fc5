# adder-only: --ast output of the parser, checked by hand
# args: --ast
assert x
assert x, 'message'
assert x == 1, f'got {x}'
assert (x), 'parenthesized test'
assert not x, x
assert isinstance(x, int) and x > 0, \
    'explanation'
