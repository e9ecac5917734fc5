# Generator functions: yield suspends, next resumes, return ends.
def count_up(n):
    print('start')
    i = 0
    while i < n:
        yield i
        print('resumed after', i)
        i += 1
    print('end')
g = count_up(2)
print('created')
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', repr(e))
try:
    next(g)
except StopIteration:
    print('still exhausted')
def empty():
    return
    yield
print(list(empty()))
def two():
    yield 'a'
    yield 'b'
print(list(two()), [x + x for x in two()], type(two()).__name__)
