# id(): equal for the same object, different for distinct live objects.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
print(id(None) == id(None), id(len) == id(len))
x = 'text'
y = x
print(id(x) == id(y))
d = {'k': a}
print(id(d['k']) == id(a), id(d) == id(d.copy()))
