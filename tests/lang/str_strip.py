# strip/lstrip/rstrip with whitespace and with a set of characters.
s = ' \t\n hello \r\n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xyhiyx'.strip('yx'), '..a..'.lstrip('.'), '..a..'.rstrip('.'))
print(repr('aaaa'.strip('a')), repr(''.strip()), 'abc'.strip(''), 'www.example.com'.strip('cmowz.'))
print(repr('  '.strip()), 'héllo'.strip('hé'), '\u3000wide\u3000'.strip(), 'a b'.strip(None))
try:
    'x'.strip(1)
except TypeError as e:
    print(e)
