# list.sort in place with key and reverse; it returns None.
a = [5, 2, 9, 1, 5, 6]
print(a.sort(), a)
a.sort(reverse=True)
print(a)
w = ['banana', 'Apple', 'cherry', 'date']
w.sort()
print(w)
w.sort(key=str.lower)
print(w)
w.sort(key=len, reverse=True)
print(w)
m = [3.5, -1, 2, True, 0.0]
m.sort()
print(m)
t = [(2, 'b'), (1, 'z'), (2, 'a')]
t.sort(key=lambda p: p[0])
print(t)
e = []
e.sort()
print(e)
try:
    [1, 'a'].sort()
except TypeError as ex:
    print(ex)
try:
    [3, 1].sort(lambda x: x)
except TypeError as ex:
    print(ex)
