# SEEDS demonstration: create cycles of class instances, drop them, and print what
# gc.collect() finds; automatic collection is switched off meanwhile.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None

print(gc.get_threshold())
gc.collect()
gc.disable()
print('enabled:', gc.isenabled())
for n in [1, 10, 100, 1000]:
    for i in range(n):
        a = Node('a')
        b = Node('b')
        a.partner = b
        b.partner = a
    del a, b
    print(n, 'cycles of two instances ->', gc.collect())
# Three-node rings.
for i in range(50):
    x, y, z = Node('x'), Node('y'), Node('z')
    x.partner, y.partner, z.partner = y, z, x
del x, y, z
print('50 rings of three ->', gc.collect())
# A list that holds instances that hold the list.
for i in range(20):
    box = []
    box.append(Node('in box'))
    box[0].partner = box
del box
print('20 list/instance cycles ->', gc.collect())
gc.enable()
print('enabled:', gc.isenabled())
print('nothing left ->', gc.collect())
