# yield from delegates to a sub-iterator and returns its return value.
def inner():
    yield 1
    yield 2
    return 'inner result'
def outer():
    r = yield from inner()
    print('inner returned', r)
    yield from [10, 20]
    yield from 'ab'
    yield from range(2)
    return 'outer done'
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), {4: 'x'}, 'z')))
def tree(n):
    if n == 0:
        yield 0
        return
    yield from tree(n - 1)
    yield n
    yield from tree(n - 1)
print(list(tree(3)))
g = outer()
for v in g:
    pass
try:
    next(g)
except StopIteration as e:
    print(e.value)
