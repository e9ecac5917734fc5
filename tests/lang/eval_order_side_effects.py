# Evaluation order of subscripts, calls, displays, decorators, defaults and augmented assignment.
log = []
def L(x, v=None):
    log.append(x)
    return x if v is None else v
def show():
    print(log)
    log.clear()
d = {}
d[L('k')] = L('v')
show()
L('a')[L(0, 0)] if False else None
x = [0, 0]
x[L(0, 0)] += L(5, 5)
print(x); show()
L('f', print)(L('a1'), L('a2'), sep=L('s', '-'))
show()
{L('k1'): L('v1'), L('k2'): L('v2')}
show()
[L(1), *L('st', [2]), L(3)]
show()
a, b = L('r1'), L('r2')
show()
L(1) < L(2) < L(3)
show()
L(3) < L(2) < L(1)
show()
L(0) and L(1)
L(1) or L(2)
show()
L('c') if L(0) else L('e')
show()
f = lambda: L('body')
def deco(fn):
    L('deco')
    return fn
@deco
@(lambda g: L('deco2', g))
def h(p=L('default')):
    pass
show()
def kw(**k): return k
kw(b=L('b'), **L('m', {'c': 1}), a=L('a'))
show()
print(L(1) + L(2) * L(3))
show()
z = [1, 2, 3]
z[L(0, 0):L(2, 2)] = L('new', [9])
print(z); show()
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(lst)
def order(*a, **k): return a, k
print(order(L(1), *[L(2)], L(3), k=L(4), **{'j': L(5)}))
show()
x = 5
x += x * 2
print(x)
s = 'ab'
s *= 2
print(s)
t = (1,)
t += (2,)
print(t)
q = [0, 0, 0]
for q[0] in range(3):
    pass
print(q)
class_ = {'n': 0}
for class_['n'] in 'xyz':
    pass
print(class_)
def ff():
    try:
        return L('try-ret')
    finally:
        L('finally')
ff(); show()
g = (L(i) for i in L('iter', range(2)))
show()
list(g); show()
print([L(i) for i in range(2) if L('cond', True)])
show()
aa = bb = L('chain')
show()
aa, bb = bb, aa = 1, 2
print(aa, bb)
x = y = []
x.append(1)
print(y)
n = 3
n **= 2
n //= 2
n %= 3
n <<= 4
n >>= 1
n |= 1
n &= 0xff
n ^= 2
n -= 1
print(n)
fl = 7.0
fl /= 2
fl //= 1
print(fl)
