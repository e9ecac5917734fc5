# Calls with wrong arguments: counts, keywords, positional-only and keyword-only errors.
x = 'global'
l = [x for x in range(3)]
print(x, l)
print([y for y in range(3) if y], [(a, b) for a in range(2) for b in range(a)])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def f():
    n = 10
    return [n + i for i in range(3)]
print(f())
def g():
    r = [[i * j for j in range(3)] for i in range(3)]
    return r
print(g())
print({k: v for k, v in zip('ab', 'cd')})
print({c for c in 'aab'} == {'a', 'b'})
def h():
    t = 5
    gen = (t * i for i in range(3))
    t = 7
    return list(gen)
print(h())
def scope_test():
    items = [1, 2]
    return [[v for v in items] for items in [[3], [4]]]
print(scope_test())
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
print(c(), c(), c())
def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner()
    r = mid()
    return x, r
print(outer())
total = 0
def add(n):
    global total
    total += n
add(5); add(6)
print(total)
def shadow():
    total = 'local'
    def inner():
        global total
        return total
    return inner()
print(shadow())
def late():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    return [f() for f in fns]
print(late())
def cell_after():
    def get():
        return v
    v = 1
    a = get()
    v = 2
    return a, get()
print(cell_after())
def walrus_comp():
    r = [y := i * 2 for i in range(3)]
    return r, y
print(walrus_comp())
print([(lambda x: x * 2)(i) for i in range(3)])
def default_eval():
    k = 1
    def f(a=k):
        return a
    k = 2
    return f()
print(default_eval())
def del_test():
    a = [1, 2, 3, 4]
    del a[0], a[-1]
    b = {'x': 1}
    del b['x']
    c = 5
    del c
    try:
        c
    except UnboundLocalError as e:
        print(e)
    return a, b
print(del_test())
g1 = 1
del g1
try:
    g1
except NameError as e:
    print(e)
def nonlocal_del():
    x = 1
    def f():
        nonlocal x
        del x
    f()
    try:
        return x
    except NameError as e:
        return str(e)
print(nonlocal_del())
class_var = [i for i in range(3) for _ in range(i)]
print(class_var)
print([i for i in range(10)][::3])
def gen_scope():
    return list(x for x in (x for x in range(3)))
print(gen_scope())
def nested_comp_closure():
    return [[lambda: (i, j) for j in range(2)] for i in range(2)]
print([[f() for f in row] for row in nested_comp_closure()])
print(list(map(lambda *a: a, [1, 2], 'ab')))
print((lambda a, b=2, *c, d, e=5, **f: (a, b, c, d, e, f))(1, d=4, z=0))
def kwonly(*, a, b=2): return a, b
try:
    kwonly(1)
except TypeError as e:
    print(e)
try:
    kwonly()
except TypeError as e:
    print(e)
try:
    kwonly(a=1, c=2)
except TypeError as e:
    print(e)
def posonly(a, b, /, c): return a, b, c
try:
    posonly(1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    posonly(1, 2, 3, 4)
except TypeError as e:
    print(e)
def two(a, b): pass
for call in [lambda: two(), lambda: two(1), lambda: two(1, 2, 3), lambda: two(1, a=1), lambda: two(c=1), lambda: two(1, 2, b=3), lambda: two(*[1], **{'b': 2, 'c': 3})]:
    try:
        call()
    except TypeError as e:
        print(e)
def opt(a, b=1, *args): pass
for call in [lambda: opt(), lambda: opt(b=2)]:
    try:
        call()
    except TypeError as e:
        print(e)
def many(a, b, c, d): pass
try:
    many(1)
except TypeError as e:
    print(e)
try:
    many(1, 2)
except TypeError as e:
    print(e)
try:
    two(**{1: 2})
except TypeError as e:
    print(e)
try:
    two(*1)
except TypeError as e:
    print(e)
try:
    two(**[1])
except TypeError as e:
    print(e)
try:
    print(**{'sep': 1}, sep=2)
except TypeError as e:
    print(e)
try:
    two(1, **{'a': 2})
except TypeError as e:
    print(e)
def kwo2(a, *, b, c): pass
try:
    kwo2(1)
except TypeError as e:
    print(e)
try:
    kwo2(1, 2, 3)
except TypeError as e:
    print(e)
def vk(**kw): return kw
print(vk(a=1, **{'b': 2}))
try:
    vk(1)
except TypeError as e:
    print(e)
try:
    len(obj=1)
except TypeError as e:
    print(e)
