# Instances with __del__ in unreachable cycles: the collector calls each finalizer once.
import gc
dead = []

class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        dead.append(self.name)

gc.collect()
a = Obj('a')
b = Obj('b')
a.peer = b
b.peer = a
del a, b
print('before collect:', dead)
n = gc.collect()
print('collected', n, sorted(dead))
print('garbage:', gc.garbage)
dead.clear()
# A ring of three with one object outside the cycle hanging off it.
r = [Obj('r' + str(i)) for i in range(3)]
for i in range(3):
    r[i].next = r[(i + 1) % 3]
r[0].extra = Obj('tail')
del r
print('before collect:', dead)
n = gc.collect()
print('collected', n, sorted(dead))
dead.clear()
# Part of a cycle reachable from outside keeps the whole cycle alive.
x = Obj('x')
y = Obj('y')
x.peer = y
y.peer = x
holder = [x]
del x, y
print('collected', gc.collect(), dead)
del holder
print('collected', gc.collect(), sorted(dead))
dead.clear()
# A self-referencing instance with __del__.
s = Obj('self')
s.me = s
del s
print('collected', gc.collect(), dead)
dead.clear()
# Finalizers may look at their peers: they are still intact during __del__.
class Peek:
    def __del__(self):
        dead.append(self.peer.tag)
p = Peek()
q = Peek()
p.tag = 'p'
q.tag = 'q'
p.peer = q
q.peer = p
del p, q
print('collected', gc.collect(), sorted(dead))
