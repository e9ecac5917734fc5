# sys.exc_info() and sys.exception() report the exception being handled, or Nones.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise KeyError('k')
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), v is e, tb is e.__traceback__, sys.exception() is e)
    try:
        raise ValueError('inner')
    except ValueError:
        print(sys.exc_info()[0].__name__, repr(sys.exception()))
    print(sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())
def f():
    return sys.exc_info()[1]
try:
    1 / 0
except ZeroDivisionError:
    print(repr(f()))
try:
    sys.exc_info(1)
except TypeError as e:
    print(e)
try:
    sys.exception(x=1)
except TypeError as e:
    print(e)
