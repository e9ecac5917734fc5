# throw() raises an exception at the paused yield.
def gen():
    while True:
        try:
            yield 'waiting'
        except ValueError as e:
            print('handled', e)
g = gen()
print(next(g))
print(g.throw(ValueError('oops')))
try:
    g.throw(KeyError('unhandled'))
except KeyError as e:
    print('propagated', repr(e))
try:
    next(g)
except StopIteration:
    print('generator finished')
