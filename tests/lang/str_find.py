# str.find and str.rfind, with start and end arguments.
s = 'abracadabra'
print(s.find('a'), s.find('bra'), s.find('z'), s.find(''), s.find('a', 1), s.find('a', 1, 3))
print(s.rfind('a'), s.rfind('bra'), s.rfind('z'), s.rfind(''), s.rfind('a', 0, 5), s.rfind('a', -4))
print(s.find('a', 100), s.find('', 11), s.find('', 12), s.find('a', -3, -1), s.rfind('abra', 1))
print('日本語日本'.find('本'), '日本語日本'.rfind('本'), 'héllo'.find('l'))
print(s.index('c'), s.rindex('a'), s.index('a', 4))
