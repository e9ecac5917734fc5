# close() raises GeneratorExit inside the generator; finally blocks run.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
g = gen()
print(next(g))
g.close()
print('closed')
g.close()
try:
    next(g)
except StopIteration:
    print('exhausted after close')
g2 = gen()
g2.close()
print('closing unstarted generator runs nothing')
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print('caught GeneratorExit')
        raise
c = catcher()
next(c)
c.close()
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(e)
