# Small ints in [-5, 256] are one object whether written as literals or computed.
a = 7
b = 3 + 4
c = 14 // 2
d = int('7')
print(a is b, a is c, a is d, b is d)
x = 256
y = 255 + 1
print(x is y, x == y)
z = -5
w = 0 - 5
print(z is w, z is int('-5'))
zero = 0
one = 1
print(zero is one - 1, zero is int('0'), one is True, one == True)
