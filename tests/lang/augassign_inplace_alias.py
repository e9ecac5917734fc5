# += on a list extends it in place; on an int or tuple it rebinds.
a = [1]
b = a
a += [2]
print(a, b, a is b)
a = a + [3]
print(a, b, a is b)
x = 1
y = x
x += 1
print(x, y)
s = {1}
t = s
s |= {2}
print(s, t, s is t)
d = {'a': 1}
e = d
d |= {'b': 2}
print(d, e, d is e)
