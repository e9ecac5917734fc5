# globals() and locals() as dicts of names.
x = 1
y = 'two'
g = globals()
print(g['x'], g['y'], g['__name__'], 'x' in g, 'zzz' in g)
g['created'] = 'via globals'
print(created)
print([k for k in g if not k.startswith('__')])
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
def h():
    return locals()
print(h())
print(locals() is globals())
def reads_global():
    return 'x' in globals(), 'a' in globals()
print(reads_global())
