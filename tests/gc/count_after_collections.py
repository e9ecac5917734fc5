# count[1] counts collections of generation 0 since the last of generation 1, count[2]
# those of generation 1 since the last of generation 2; a collection resets the counts
# of the generations it took.
import gc
gc.disable()
gc.collect()
seen = []
for i in range(3):
    gc.collect(0)
    seen.append(gc.get_count())
gc.collect(1)
seen.append(gc.get_count())
gc.collect(0)
gc.collect(1)
gc.collect(0)
seen.append(gc.get_count())
gc.collect(2)
seen.append(gc.get_count())
for i in range(12):
    gc.collect(0)
seen.append(gc.get_count())
for c in seen:
    print(c)
