# Class decorators: they receive the class after its body ran and may replace it.
registry = {}

def register(cls):
    print('register', cls.__name__)
    registry[cls.__name__] = cls
    return cls

def add_greeting(cls):
    def greet(self):
        return 'hello from ' + type(self).__name__
    cls.greet = greet
    return cls

@register
@add_greeting
class Alpha:
    print('body of Alpha')

@register
class Beta(Alpha):
    pass

print(sorted(registry))
print(Alpha().greet(), Beta().greet())
print(registry['Beta'] is Beta)

# A decorator with arguments.
def tagged(label):
    def deco(cls):
        cls.label = label
        return cls
    return deco

@tagged('special')
class Gamma:
    pass
print(Gamma.label)

# A decorator may return a different object.
def instantiate(cls):
    return cls()

@instantiate
class single:
    value = 7
    def get(self):
        return self.value
print(type(single).__name__, single.get())

# Decorating methods with staticmethod/classmethod stacked on top of others.
def doubled(fn):
    def run(*args):
        return fn(*args) * 2
    return run

class Util:
    @staticmethod
    @doubled
    def s(x):
        return x
    @classmethod
    @doubled
    def c(cls, x):
        return cls.__name__ + str(x)
print(Util.s(21), Util.c(1))
