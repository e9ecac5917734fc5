# TypeError messages for bad calls.
def f(a, b, c=3):
    return a
def g(*, k):
    return k
calls = [
    lambda: f(1), lambda: f(), lambda: f(1, 2, 3, 4), lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=1), lambda: g(), lambda: g(1), lambda: g(k=1, j=2),
    lambda: (lambda: 0)(1), lambda: (lambda x: 0)(), lambda: f(1, 2, 3, 4, 5),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
try:
    5()
except TypeError as e:
    print(e)
try:
    'abc'(1)
except TypeError as e:
    print(e)
