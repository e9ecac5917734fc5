# Hashing tuples nested far deeper than the recursion limit works, as in CPython.
t = ()
for i in range(10000):
    t = (t,)
u = ()
for i in range(10000):
    u = (u,)
print(hash(t) == hash(u))
d = {t: 'deep'}
print(d[t])
print(hash((t, 1)) == hash((u, 1)))
