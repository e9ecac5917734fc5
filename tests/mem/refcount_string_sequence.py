# The articles' string sequence: +1, 0, +3, -1, -3 in count differences.
import sys
s1 = 'hello world'
r0 = sys.getrefcount(s1)
s2 = 'hello world'
r1 = sys.getrefcount(s1)
print(r1 - r0)
s3 = s1 + '!'
r2 = sys.getrefcount(s1)
print(r2 - r1)
lst = [s1, s1, s1]
r3 = sys.getrefcount(s1)
print(r3 - r2)
del s2
r4 = sys.getrefcount(s1)
print(r4 - r3)
del lst
r5 = sys.getrefcount(s1)
print(r5 - r4)
