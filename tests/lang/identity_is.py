# Identity: "is", "is not" and id() equality for aliases.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, id(a) == id(b), id(a) == id(c))
print(None is None, True is True, (not 0) is True)
x = None
print(x is None, x is not None)
def f():
    return a
print(f() is a, id(f()) == id(a))
d = {'k': a}
print(d['k'] is a, [a][0] is a)
e = a[:]
print(e is a, e == a)
t = (a,)
print(t[0] is a)
