# __call__ makes instances callable.
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (self.n + x + sum(rest)) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10))
print(add5.calls, callable(add5), callable(Adder), callable(5))
print(list(map(add5, [10, 20])))
print(sorted([3, 1, 2], key=Adder(-1)))
# Classes are callable; calling one creates an instance.
print(type(Adder(0)).__name__)
# A callable object used as a decorator.
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
    def __call__(self, *args):
        self.count += 1
        print('call #' + str(self.count), 'of', self.fn.__name__)
        return self.fn(*args)

@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.count, type(square).__name__)
# Calling with wrong arguments gives the method's error message.
try:
    add5()
except TypeError as e:
    print('TypeError:', e)
# Instances without __call__ are not callable.
class Plain:
    pass
try:
    Plain()()
except TypeError as e:
    print('TypeError:', e)
# __call__ inherited, and overridden.
class Twice(Adder):
    def __call__(self, x):
        return 2 * super().__call__(x)
print(Twice(1)(1))
# An instance returning another callable.
class Curry:
    def __init__(self, *args):
        self.args = args
    def __call__(self, *more):
        if len(self.args) + len(more) >= 3:
            return sum(self.args + more)
        return Curry(*(self.args + more))
print(Curry()(1)(2)(3), Curry(1, 2)(3), type(Curry()(1)).__name__)
