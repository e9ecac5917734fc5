# With a small threshold, an allocation that takes count[0] past it collects generation 0
# at once: dropped cycles disappear without a call to gc.collect().
import gc
gc.disable()
gc.collect()
gc.set_threshold(20, 10, 10)
gc.enable()
before = gc.get_stats()[0]['collections']
seen = []
for i in range(30):
    a = []
    b = [a]
    a.append(b)
    seen.append(gc.get_count())
gc.disable()
after = gc.get_stats()[0]['collections']
print(after - before)
for c in seen:
    print(c)
del a, b
print(gc.collect())
