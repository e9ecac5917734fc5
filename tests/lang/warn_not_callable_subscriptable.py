# Calling or indexing a display or constant that cannot support it warns at compile time.
import sys
def never():
    (1, 2)(3)
    [x for x in []](1)
    {1: 2}('a')
    {1}[0]
    (lambda: 0)[0]
    (x for x in [])[0]
    1.5[0]
    None[0]
    ...[0]
    True[0]
    [1, 2]['a']
    (1, 2)['a']
    'abc'['x']
    'abc'[1.5]
    f'a{1}'[None]
print([1, 2][1], (1, 2)[0:1], 'abc'[True], {'a': 1}['a'])
sys.exit(1)
