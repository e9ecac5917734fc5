# SEEDS demonstration: a loop makes pairs of instances that point at each other and
# prints gc.get_count() as generation 0 fills up and is collected past 700.
import gc

class ClassA:
    def __init__(self):
        pass

def f2():
    for i in range(720):
        c1 = ClassA()
        c2 = ClassA()
        c1.t = c2
        c2.t = c1
        del c1
        del c2
        if i % 50 == 0 or 340 <= i <= 352 or 688 <= i <= 700:
            print(i, gc.get_count())

print(gc.get_threshold())
gc.collect()
f2()
