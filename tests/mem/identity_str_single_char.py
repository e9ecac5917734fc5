# Single-character latin-1 strings made at run time are one cached object each.
sp = ' '
xa, az, foo, hello = 'xa', 'az', 'foo', 'hello'
print(chr(97) is xa[1], chr(122) is az[1], chr(32) is sp)
print(hello[1] is chr(101), hello[-1] is foo[2], list('abc')[2] is chr(99))
e = 'é'
print(chr(233) is chr(233), chr(255) is chr(255), e[0] is chr(233))
