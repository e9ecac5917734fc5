# An exception inside a generator reaches the caller of next(); the generator is then finished.
def gen():
    yield 1
    raise ValueError('inside generator')
    yield 2
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print('caught', e)
print(next(g, 'exhausted'))
def safe(items):
    for x in items:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield 'div by zero'
print(list(safe([5, 0, 2])))
def wrapper():
    try:
        yield from gen()
    except ValueError as e:
        yield 'wrapped: ' + str(e)
print(list(wrapper()))
