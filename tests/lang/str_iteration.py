# Iterating over a str yields one-character strings.
for c in 'héy':
    print(c, len(c), ord(c))
print(list('abc'), tuple('xy'), sorted('banana'))
print(''.join(reversed('stressed')))
n = 0
for c in 'mississippi':
    if c == 's':
        n += 1
print(n)
print(list(enumerate('ab')))
print(set('aaa'))
