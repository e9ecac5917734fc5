# nonlocal rebinds a variable of the nearest enclosing function.
def outer():
    x = 1
    def middle():
        x = 2
        def inner():
            nonlocal x
            x = 3
        inner()
        return x
    m = middle()
    return x, m
print(outer())
def acc():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total
    return add, items
add, items = acc()
add(5)
add(7)
print(add(0), items)
def swap():
    a, b = 1, 2
    def do():
        nonlocal a, b
        a, b = b, a
    do()
    return a, b
print(swap())
