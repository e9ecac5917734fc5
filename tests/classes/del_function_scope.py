# __del__ of locals when a function returns; the returned object survives.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__', self.name)

def f():
    first = Noisy('first local')
    second = Noisy('second local')
    keep = Noisy('returned')
    print('f returning')
    return keep

r = f()
print('back in caller with', r.name)
del r
print('after del r')

def g(param):
    print('g got', param.name)
    param = Noisy('rebound param')
    print('g returning')

g(Noisy('argument'))
print('after g')

def h():
    a = Noisy('h.a')
    b = Noisy('h.b')
    c = Noisy('h.c')
    del b
    print('h returning')

h()
print('after h')

# Nested calls release inner frames first.
def outer():
    o = Noisy('outer local')
    inner()
    print('outer returning')
def inner():
    i = Noisy('inner local')
    print('inner returning')
outer()
print('end')
