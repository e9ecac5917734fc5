# str is indexed by code point: len and indexing of non-ASCII text.
for s in ('héllo', '日本語', 'naïve café', '€', 'a😀b', ''):
    print(repr(s), len(s))
s = 'héllo'
print(s[0], s[1], s[2], s[-1], s[-4])
j = '日本語'
print(j[0], j[1], j[2], j[-1], j[::-1])
e = 'a😀b'
print(e[1], e[2], len(e[1]), e[::-1])
print([c for c in 'añb'])
print('é' in s, 'll' in s, '本' in j)
print(s.upper(), 'ÉCOLE'.lower())
print(s.find('l'), j.find('語'), j.index('本'))
print(ord('é'), ord('日'), chr(233), chr(26085), chr(128512))
