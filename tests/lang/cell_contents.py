# A closure cell shows its value as cell_contents; an empty cell raises ValueError.
def f():
    x = 1
    def g():
        return x
    return g
c = f().__closure__[0]
print(c.cell_contents)
def h():
    def g():
        return y
    r = g.__closure__[0]
    try:
        r.cell_contents
    except ValueError as e:
        print(e)
    y = [2]
    return r.cell_contents
print(h())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
inc = counter()
inc()
inc()
print(inc.__closure__[0].cell_contents)
