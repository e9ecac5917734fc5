# The name bound by "except ... as e" is deleted at the end of the handler.
e = 'outer'
try:
    raise ValueError('inner')
except ValueError as e:
    print('in handler:', e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return saved
print(repr(f()))
