# Closures capture variables, not values; each call makes new cells.
def make_adder(n):
    def add(x):
        return x + n
    return add
add2 = make_adder(2)
add10 = make_adder(10)
print(add2(1), add10(1), make_adder(-1)(0))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def outer():
    x = 'before'
    def show():
        return x
    x = 'after'
    return show
print(outer()())
