# SEEDS demonstration with instances: locals live in the function's frame and vanish
# when it returns; the objects they named live on until their count drops.
class Thing:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('freed', self.name)

def make_two():
    first = Thing('first')
    second = Thing('second')
    unused = Thing('unused')
    return first, second

pair = make_two()
print('returned', [t.name for t in pair])
try:
    print(first)
except NameError as e:
    print('NameError:', e)
a, b = pair
del pair
print('tuple dropped, names still hold', a.name, b.name)
del a
print('a deleted')
b = None
print('b rebound')

def recurse(n):
    t = Thing('depth ' + str(n))
    if n < 2:
        recurse(n + 1)
    print('leaving depth', n)
recurse(0)
print('end')
