# send() resumes a generator and makes the paused yield return a value.
def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
        print('got', value)
    return received
g = echo()
print(next(g))
print(g.send('a'))
print(g.send('b'))
try:
    g.send(None)
except StopIteration as e:
    print('returned', e.value)
def acc():
    total = 0
    while True:
        total += yield total
a = acc()
a.send(None)
for n in (5, 10, 20):
    print(a.send(n))
g2 = echo()
try:
    g2.send(1)
except TypeError as e:
    print(e)
def delegating():
    r = yield from echo()
    yield r
d = delegating()
next(d)
d.send('x')
print(d.send(None))
