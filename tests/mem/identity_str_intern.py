# sys.intern returns the canonical object for a string.
import sys
spam = 'spam'
s = ''.join(['sp', 'am'])
print(s is spam)
i = sys.intern(s)
print(i is spam, i == s)
t = sys.intern(''.join(['sp', 'am']))
print(t is i, t is spam)
u = sys.intern('with space!')
w = sys.intern(' '.join(['with', 'space!']))
print(u is w)
