# Stacked decorators apply bottom-up; decorator factories take arguments.
def bold(fn):
    print('decorating with bold:', fn.__name__)
    return lambda: '<b>' + fn() + '</b>'

def italic(fn):
    print('decorating with italic:', fn.__name__)
    return lambda: '<i>' + fn() + '</i>'

# Decorators apply bottom-up: italic runs first.
@bold
@italic
def text():
    return 'hi'
print(text())

def repeat(n):
    print('repeat factory', n)
    def deco(fn):
        def run(*args):
            return [fn(*args) for _ in range(n)]
        return run
    return deco

@repeat(3)
def ping(x):
    return x * 2
print(ping(5))


# Stacking a factory-made decorator with a plain one.
@bold
@repeat(2)
def pair():
    return 'x'
try:
    pair()
except TypeError as e:
    print('TypeError:', e)
