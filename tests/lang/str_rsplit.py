# str.rsplit splits from the right when maxsplit is given.
print('a b c d'.rsplit(), 'a b c d'.rsplit(None, 1), 'a,b,c'.rsplit(',', 1), 'a,b,c'.rsplit(','))
print('  x  y  '.rsplit(maxsplit=1), ''.rsplit(), ''.rsplit(','), 'path/to/file.txt'.rsplit('/', 1))
print('a..b..c'.rsplit('..', 1), 'aaa'.rsplit('a'), 'aaa'.rsplit('aa'), 'aaa'.split('aa'))
