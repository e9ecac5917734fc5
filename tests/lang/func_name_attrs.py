# Function __name__ and first-class use of functions.
def square(x):
    return x * x
print(square.__name__, (lambda: 0).__name__)
ops = {'sq': square, 'neg': lambda x: -x, 'abs': abs}
for name in ops:
    print(name, ops[name](-3))
def apply(fn, *args):
    return fn(*args)
print(apply(square, 4), apply(max, 3, 9, 2), apply(len, 'abc'))
alias = square
print(alias is square, alias(5))
def compose(f, g):
    return lambda x: f(g(x))
print(compose(square, abs)(-4), compose(str, square)(3))
