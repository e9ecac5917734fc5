# An uncaught exception still runs finally blocks (their output comes first).
def f():
    try:
        print('in try')
        raise ValueError('escaping')
    finally:
        print('in finally')
try:
    f()
finally:
    print('outer finally')
