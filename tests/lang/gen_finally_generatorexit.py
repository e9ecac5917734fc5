# A generator left in a for loop by break is closed when it is released.
def numbers():
    try:
        for i in range(10):
            yield i
    except GeneratorExit:
        print('GeneratorExit received')
        raise
    finally:
        print('finally in generator')
for n in numbers():
    if n == 2:
        break
print('after loop')
def make():
    g = numbers()
    print(next(g))
    print('dropping generator')
make()
print('after make')
def returning():
    try:
        yield 1
    finally:
        print('finally on normal exhaustion')
print(list(returning()))
