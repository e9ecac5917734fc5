# A chain with both an explicit cause and an implicit context prints all three tracebacks.
def outer():
    try:
        inner()
    except ValueError as e:
        raise TypeError('outer') from e
def inner():
    raise ValueError('inner')
try:
    outer()
except TypeError:
    raise RuntimeError('top')
