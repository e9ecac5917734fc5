# PEP 442: a finalizer in a cycle may resurrect it; __del__ is never called twice.
import gc
saved = []
calls = []

class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        calls.append(self.name)
        if self.name == 'a':
            saved.append(self)

gc.collect()
a = R('a')
b = R('b')
a.peer = b
b.peer = a
del a, b
n = gc.collect()
print('first collect:', n, sorted(calls))
print('saved:', [x.name for x in saved], saved[0].peer.name, saved[0].peer.peer is saved[0])
calls.clear()
# Dropping the resurrected cycle again: finalizers do not run a second time.
saved.clear()
n = gc.collect()
print('second collect:', n, calls)
print('third collect:', gc.collect())
# A self-cycle that resurrects itself.
class Self:
    count = 0
    def __del__(self):
        Self.count += 1
        saved.append(self)
s = Self()
s.me = s
del s
print('collect:', gc.collect(), Self.count, len(saved))
saved.clear()
print('collect:', gc.collect(), Self.count, len(saved))
