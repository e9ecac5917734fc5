# Classes are containers: a class that nothing refers to is freed by the collector,
# together with the instances and functions it holds.
import gc
log = []

class Marker:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)

gc.collect()
def make_class():
    class Temp:
        marker = Marker('class attribute of Temp')
        def method(self):
            return 'temp method'
    return Temp

T = make_class()
t = T()
print(t.method(), type(t).__name__)
del t
print('instance gone, class alive:', log)
del T
print('after del T:', log)
n = gc.collect()
print('collected something:', n > 0, log)
log.clear()
# A class referenced by an instance in a cycle.
def make_pair():
    class Pair:
        tag = Marker('class attribute of Pair')
    a = Pair()
    b = Pair()
    a.other = b
    b.other = a
    a.note = Marker('attribute of a')
print('make_pair returned', make_pair())
print('before collect:', log)
n = gc.collect()
print('collected something:', n > 0, sorted(log))
log.clear()
# type(name, bases, dict) classes are collected too.
D = type('Dyn', (), {'m': Marker('in Dyn dict')})
del D
print('before collect:', log)
gc.collect()
print('after collect:', log)
log.clear()
# A class still in use is not collected.
class Kept:
    m = Marker('kept')
gc.collect()
print('kept alive:', log)
