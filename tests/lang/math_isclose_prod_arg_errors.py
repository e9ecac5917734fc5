# math.isclose and math.prod check the total argument count first, then positional ones.
import math
def t(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print(type(e).__name__, e)
t(lambda: math.isclose())
t(lambda: math.isclose(1))
t(lambda: math.isclose(1, 2, 3))
t(lambda: math.isclose(1, 2, 3, 4))
t(lambda: math.isclose(1, 2, 3, 4, 5))
t(lambda: math.isclose(1, 2, 3, rel_tol=1))
t(lambda: math.isclose(a=1, b=2, rel_tol=1, abs_tol=1, x=1))
t(lambda: math.isclose(1, 2, x=1))
t(lambda: math.isclose(1, b=2))
t(lambda: math.prod())
t(lambda: math.prod(start=1))
t(lambda: math.prod(iterable=[1]))
t(lambda: math.prod([1], 2))
t(lambda: math.prod([1], 2, 3))
t(lambda: math.prod([1], x=1))
t(lambda: math.prod([1], start=1, x=1))
t(lambda: math.prod(iterable=[1], start=2, x=3))
t(lambda: math.prod([2, 3], start=4))
