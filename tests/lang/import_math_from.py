# from math import names binds them directly.
from math import sqrt, pi
print(sqrt(16), pi)
from math import floor as fl, ceil
print(fl(2.7), ceil(2.1))
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'no_such_name' from 'math'"))
def f():
    from math import e
    return e
print(f())
