# Function decorators: wrapping, on methods, results that are not functions, registration.
def trace(fn):
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, args[1:] if args and hasattr(args[0], 'tag') else args)
        result = fn(*args, **kwargs)
        print('return', result)
        return result
    wrapper.__name__ = fn.__name__
    return wrapper

@trace
def add(a, b):
    return a + b

print(add(2, 3))
print(add.__name__)

# A decorator on a method receives the plain function.
class Thing:
    tag = 'thing'

    @trace
    def scale(self, k):
        return k * 10

print(Thing().scale(4))
# A decorator may return something that is not a function at all.
def to_value(fn):
    return fn()
@to_value
def answer():
    return 42
print(answer, type(answer).__name__)
# Decorator expressions are evaluated before the function is defined.
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one():
    pass
@register
def two():
    pass
print(registry)
