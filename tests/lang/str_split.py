# str.split with no separator, a separator, and maxsplit.
print('a b  c'.split(), '  lead and trail  '.split(), ''.split(), '   '.split())
print('a\tb\nc\x0bd\x0ce\rf'.split(), 'one'.split())
print('a,b,,c'.split(','), ','.split(','), ''.split(','), 'abc'.split(','))
print('a::b::c'.split('::'), 'aXbXc'.split('X', 1), 'a b c d'.split(None, 2), 'a,b,c'.split(',', 0))
print('  a  b  c  '.split(maxsplit=1), 'a,b,c'.split(sep=',', maxsplit=-1))
print('héllo wörld'.split('ö'), '日本 語'.split())
try:
    'abc'.split('')
except ValueError as e:
    print(e)
try:
    'abc'.split(1)
except TypeError as e:
    print(e)
