# raise ... from None: the traceback shows only the new exception.
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('clean') from None
f()
