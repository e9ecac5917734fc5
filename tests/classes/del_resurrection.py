# Resurrection: __del__ stores self somewhere; it is called only once (PEP 442).
import sys
saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name
        self.deaths = 0
    def __del__(self):
        self.deaths += 1
        print('__del__', self.name, 'deaths =', self.deaths)
        if self.deaths == 1:
            saved.append(self)

p = Phoenix('bird')
del p
print('saved:', len(saved), saved[0].name, saved[0].deaths)
print('refcount', sys.getrefcount(saved[0]))
q = saved.pop()
print('popped', q.name)
del q
print('after second release (no second __del__)')

# Resurrecting through a global name.
class Zombie:
    def __del__(self):
        global revived
        print('Zombie __del__')
        revived = self
z = Zombie()
z = None
print('revived is a', type(revived).__name__)
revived = None
print('revived dropped')

# An object that keeps state through resurrection.
class Counter:
    instances = []
    def __init__(self, v):
        self.v = v
    def __del__(self):
        print('Counter __del__', self.v)
        Counter.instances.append(self)
c = Counter(1)
del c
print([x.v for x in Counter.instances])
Counter.instances.clear()
print('cleared')
