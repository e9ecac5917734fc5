# Bound methods stored on their own instance form a cycle the collector frees.
import gc
log = []

class Widget:
    def __init__(self, name):
        self.name = name
        self.callback = self.on_event
    def on_event(self):
        return self.name + ' handled'
    def __del__(self):
        log.append(self.name)

gc.collect()
w = Widget('w1')
print(w.callback())
print(w.callback.__self__ is w)
del w
print('after del:', log)
print('collected', gc.collect(), log)
log.clear()
# A list of bound methods held by the instance.
class Bus:
    def __init__(self):
        self.handlers = [self.a, self.b]
    def a(self):
        return 'a'
    def b(self):
        return 'b'
    def __del__(self):
        log.append('bus')
bus = Bus()
print([h() for h in bus.handlers])
del bus
print('collected', gc.collect(), log)
log.clear()
# A bound method without a cycle is freed by reference counting.
w = Widget('w2')
del w.callback
m = w.on_event
del w
print('method alive, instance alive:', log, m())
del m
print('after del m:', log)
log.clear()
# Two instances holding each other's bound methods.
x = Widget('x')
y = Widget('y')
x.callback = y.on_event
y.callback = x.on_event
del x, y
print('collected', gc.collect(), sorted(log))
