# 256 computed twice is the same object; 257 computed twice is not.
x = 200
y = 56
a = x + y
b = x + y
print(a is b)
c = a + 1
d = b + 1
print(c is d, c == d)
