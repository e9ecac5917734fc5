# *args collects extra positional arguments into a tuple.
def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), type(f()))
def g(first, *rest):
    return first, rest
print(g(1), g(1, 2, 3))
nums = [4, 5, 6]
print(f(*nums), f(0, *nums, 7), f(*'ab', *range(2)))
def total(*xs):
    s = 0
    for x in xs:
        s += x
    return s
print(total(), total(1, 2, 3), total(*range(10)))
def both(a, b=2, *args):
    return a, b, args
print(both(1), both(1, 3), both(1, 3, 5, 7))
