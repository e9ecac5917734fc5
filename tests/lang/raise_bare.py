# Bare raise re-raises the exception being handled.
def f():
    try:
        int('x')
    except ValueError:
        print('logging and re-raising')
        raise
try:
    f()
except ValueError as e:
    print('outer got', e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def g():
    try:
        raise KeyError('first')
    except KeyError:
        try:
            raise ValueError('second')
        except ValueError:
            pass
        raise
try:
    g()
except KeyError as e:
    print('re-raised', repr(e))
