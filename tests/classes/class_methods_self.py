# Methods receive the instance as self; calling through the class passes it explicitly.
class Greeter:
    greeting = 'Hello'

    def __init__(self, name):
        self.name = name

    def greet(self, other):
        return self.greeting + ', ' + other + ' from ' + self.name

    def rename(self, name):
        old = self.name
        self.name = name
        return old

    def chain(self):
        return self.greet('chain')

g = Greeter('Ann')
print(g.greet('Bob'))
print(Greeter.greet(g, 'Cy'))
print(g.rename('Dee'), g.name)
print(g.chain())
# self is just a name: any first parameter name works.
class Odd:
    def who(this):
        return type(this).__name__
print(Odd().who())
# Argument errors name the method's qualified name.
try:
    g.greet()
except TypeError as e:
    print('TypeError:', e)
try:
    g.greet('a', 'b')
except TypeError as e:
    print('TypeError:', e)
try:
    Greeter.greet('x')
except TypeError as e:
    print('TypeError:', e)
class NoSelf:
    def broken():
        return 1
try:
    NoSelf().broken()
except TypeError as e:
    print('TypeError:', e)
print(NoSelf.broken())
# Methods can take defaults, keywords and varargs.
class Args:
    def f(self, a, b=2, *rest, key='k', **kw):
        return (a, b, rest, key, sorted(kw.items()))
x = Args()
print(x.f(1))
print(x.f(1, 3, 4, 5, key='z', q=1))
print(x.f(b=7, a=8))
try:
    x.f(1, a=2)
except TypeError as e:
    print('TypeError:', e)
