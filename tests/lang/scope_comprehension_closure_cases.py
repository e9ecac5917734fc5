# Scoping of comprehensions, closures, global/nonlocal, del and walrus targets.
def f():
    n = 3
    return [[i * n for i in range(n)] for n in range(1, n)]
print(f())
def g():
    xs = [1, 2]
    return [x for x in xs for xs in [[9]]]
try:
    print(g())
except UnboundLocalError as e:
    print('ULE', e)
def h():
    return [(yield_ := i) for i in range(3)], yield_
print(h())
y = 'global y'
def k():
    print(y)
k()
def k2():
    global y
    y = 'changed'
    def inner():
        global y
        return y
    return inner()
print(k2(), y)
def k3():
    print([y for _ in range(1)])
    y2 = 1
k3()
def k4():
    try:
        print(zz)
    except NameError as e:
        print(e)
k4()
zz = 5
k4()
def outer():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()()
print(outer())
def shadow_param(x):
    def f():
        return x
    x = x * 2
    return f()
print(shadow_param(4))
def loop_closures():
    fs = []
    for i in range(3):
        def f(j=i):
            return j, i
        fs.append(f)
    return [f() for f in fs]
print(loop_closures())
def del_global():
    global gdel
    gdel = 1
    del gdel
    try:
        gdel
    except NameError as e:
        print(e)
del_global()
def comp_in_default(a=[x * 2 for x in range(3)]):
    return a
print(comp_in_default())
print([x for x in range(3) if x in [y for y in range(2)]])
print({x: [y for y in range(x)] for x in range(3)})
print(list(map(lambda x: [x * y for y in range(2)], range(3))))
lst = [lambda: i for i in range(3)]
print([f() for f in lst])
def nonlocal_in_comp():
    total = 0
    def add(v):
        nonlocal total
        total += v
    [add(i) for i in range(5)]
    return total
print(nonlocal_in_comp())
x = 'module x'
def no_leak():
    [x for x in range(3)]
    return x
print(no_leak())
def walrus_leak():
    [w := i for i in range(3)]
    return w
print(walrus_leak())
def walrus_in_genexp():
    g = (v := i * 2 for i in range(3))
    list(g)
    return v
print(walrus_in_genexp())
