# A tuple cannot point at itself, but it can through a list: both are freed together.
import gc
gc.disable()
gc.collect()
t = ([], 1, 'two')
t[0].append(t)
print(t)
del t
print(gc.collect())
inner = []
t = (inner, (inner,))
inner.append(t)
del t, inner
print(gc.collect())
