# try/except/else/finally with and without an exception.
def attempt(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print('except')
        r = None
    else:
        print('else', r)
    finally:
        print('finally')
    return r
print(attempt(2))
print(attempt(0))
try:
    pass
finally:
    print('plain finally')
try:
    try:
        raise KeyError('k')
    finally:
        print('finally before propagate')
except KeyError as e:
    print('caught', repr(e))
try:
    raise TypeError('t')
except (ValueError, TypeError):
    print('tuple handler')
