# return through try/finally: finally runs, and a return in finally wins.
events = []
def f():
    try:
        events.append('try')
        return 'from try'
    finally:
        events.append('finally')
print(f(), events)
def g():
    try:
        return 'try'
    finally:
        return 'finally'
print(g())
def h():
    try:
        1 / 0
    finally:
        return 'swallowed'
print(h())
def k():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('finally sets x =', x)
print(k())
def loop():
    for i in range(5):
        try:
            if i == 3:
                return i
        finally:
            print('cleanup', i)
print(loop())
