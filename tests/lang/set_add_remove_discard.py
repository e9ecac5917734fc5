# set.add, set.remove (KeyError) and set.discard (silent).
s = {1, 2}
s.add(3)
s.add(2)
print(s, len(s))
s.remove(1)
print(s)
try:
    s.remove(10)
except KeyError as e:
    print(repr(e))
s.discard(10)
s.discard(2)
print(s)
try:
    s.add([1])
except TypeError as e:
    print(e)
print(s.add(4), s.discard(4), s)
