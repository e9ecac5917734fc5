# Tuple constants are merged by content, and their items with other constants.
t = (1, 2, 'x y', 3.5)
def f():
    return (1, 2, 'x y', 3.5)
def g():
    return ((1, 2, 'x y', 3.5), 'x y')
print(t is f(), g()[0] is t, g()[1] is t[2])
def h():
    return 'x y'
print(h() is t[2], h() == t[2])
u = (1, 2.0)
def k():
    return (1.0, 2.0)
print(u == k(), u is k())
