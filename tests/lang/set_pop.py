# set.pop on a one-element set, then on an empty set.
s = {42}
print(s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print(repr(e), e)
f = {'only'}
print(f.pop(), len(f))
c = {5}
c.clear()
print(c)
