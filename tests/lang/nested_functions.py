# Functions defined inside functions, returned and called later.
def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(10)(100))
def make_ops():
    def add(x, y):
        return x + y
    def mul(x, y):
        return x * y
    return [add, mul]
print([f(3, 4) for f in make_ops()])
def recurse_inner(n):
    def helper(k):
        return 1 if k == 0 else k * helper(k - 1)
    return helper(n)
print(recurse_inner(6))
def shadow():
    x = 'outer'
    def inner():
        x = 'inner'
        return x
    return inner(), x
print(shadow())
def defaults_from_enclosing():
    base = 7
    def f(x=base * 2):
        return x
    return f()
print(defaults_from_enclosing())
