# collect(generation) collects that generation and the younger ones; survivors of an
# older collection are out of reach of a younger one.
import gc
gc.disable()
gc.collect()
a = []
a.append(a)
gc.collect(0)
del a
r0 = gc.collect(0)
r1 = gc.collect(1)
print(r0, r1)
b = []
b.append(b)
gc.collect(1)
del b
print(gc.collect(0), gc.collect(1), gc.collect(2))
c = []
c.append(c)
del c
print(gc.collect(generation=0))
print(gc.collect(True))
