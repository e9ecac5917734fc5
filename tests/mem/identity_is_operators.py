# `is` and `is not` compare identity; containers built twice are distinct objects.
a = [1, 2]
b = [1, 2]
c = a
print(a is b, a == b, a is c, a is not b, a is not c)
d = {}
e = {}
print(d is e, d == e, d is not e)
t1 = ()
t2 = tuple([])
print(t1 is t2, (1,) == (1,))
f = (a, b)
print(f[0] is a, f[1] is not a)
