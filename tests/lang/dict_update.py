# dict.update from a dict, from pairs, from keyword arguments, and combinations.
d = {'a': 1}
d.update({'b': 2, 'a': 10})
print(d)
d.update([('c', 3), ('a', 100)])
print(d)
d.update(d=4, b=20)
print(d)
d.update({'e': 5}, f=6)
print(d)
d.update()
d.update({})
d.update(zip('xy', (7, 8)))
print(d)
print(d.update(z=0))
try:
    d.update(5)
except TypeError as e:
    print(e)
try:
    d.update([1, 2])
except TypeError as e:
    print(e)
try:
    d.update({}, {})
except TypeError as e:
    print(e)
