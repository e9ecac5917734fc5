# gc.get_count()[0] rises with each container allocated, tracked or not (an empty dict
# counts). Counts are kept in a list and printed at the end, since printing itself
# allocates inside CPython's io stack.
import gc
gc.disable()
gc.collect()
seen = []
seen.append(gc.get_count())
a = []
seen.append(gc.get_count())
b = [a, a]
seen.append(gc.get_count())
d = {}
seen.append(gc.get_count())
e = {'k': 1, 'l': [2]}
seen.append(gc.get_count())
s = {1, 2, 3}
seen.append(gc.get_count())
t = (a, b)
seen.append(gc.get_count())
many = [[i] for i in range(50)]
seen.append(gc.get_count())
x = 1.5
y = 'text'
z = 10 ** 10
seen.append(gc.get_count())
for c in seen:
    print(c)
