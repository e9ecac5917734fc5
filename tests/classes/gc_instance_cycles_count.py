# gc.collect() returns the number of unreachable objects in cycles of instances.
import gc

class Node:
    pass

gc.collect()
a = Node()
a.me = a
del a
print('self cycle:', gc.collect())

a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print('two-instance cycle:', gc.collect())

nodes = [Node() for _ in range(5)]
for i in range(5):
    nodes[i].next = nodes[(i + 1) % 5]
del nodes
print('ring of five:', gc.collect())

a = Node()
a.items = [a]
del a
print('instance and list:', gc.collect())

a = Node()
a.table = {'self': a}
del a
print('instance and dict:', gc.collect())

a = Node()
a.pair = (a, 1)
del a
print('instance and tuple:', gc.collect())

# A cycle that is still reachable from a global is not collected.
keep = Node()
keep.me = keep
print('reachable cycle:', gc.collect())
# An acyclic chain is freed by reference counting, so the collector finds nothing.
a = Node()
a.child = Node()
del a
print('no cycle:', gc.collect())
# Two separate cycles at once.
for i in range(2):
    x = Node()
    y = Node()
    x.y = y
    y.x = x
del x, y
print('two cycles:', gc.collect())
print('again:', gc.collect())
