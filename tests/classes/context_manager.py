# The with statement: __enter__, __exit__, the as target, and exception arguments.
class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None,
              exc, tb is not None)
        return self.suppress

with Ctx('a') as value:
    print('body', value)
print('after a')
with Ctx('b', suppress=True):
    print('body b')
    raise ValueError('from b')
    print('not reached')
print('after b (suppressed)')
try:
    with Ctx('c'):
        raise KeyError('k')
except KeyError as e:
    print('caught', repr(e))
# Nested and multiple managers: exit in reverse order.
with Ctx('outer') as o, Ctx('inner') as i:
    print('body', o, i)
# An inner manager that suppresses hides the exception from the outer one.
with Ctx('x'):
    with Ctx('y', suppress=True):
        1 / 0
    print('between')
# __exit__ runs on return and break.
def f():
    with Ctx('in f'):
        return 'returned'
print(f())
for n in range(3):
    with Ctx('loop' + str(n)):
        if n == 1:
            break
# A truthy non-bool return value suppresses too.
class Truthy(Ctx):
    def __exit__(self, *args):
        print('Truthy exit')
        return 'yes'
with Truthy('t'):
    raise RuntimeError('hidden')
print('after t')
# Errors: missing protocol methods.
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print('TypeError:', e)
