# Exceptions raised by __enter__ and __exit__ themselves, and __exit__ replacing errors.
class FailEnter:
    def __enter__(self):
        print('enter fails')
        raise ValueError('enter failed')
    def __exit__(self, *a):
        print('never called')

try:
    with FailEnter():
        print('body never runs')
except ValueError as e:
    print('ValueError:', e)

class FailExit:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print('exit sees', t.__name__ if t else None)
        raise RuntimeError('exit failed')

try:
    with FailExit():
        print('body ok')
except RuntimeError as e:
    print('RuntimeError:', e, e.__context__)
try:
    with FailExit():
        raise KeyError('body error')
except RuntimeError as e:
    print('RuntimeError:', e, 'context:', repr(e.__context__))

class NoExit:
    def __enter__(self):
        print('NoExit enter')
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print('TypeError:', e)

class Nothing:
    pass
try:
    with Nothing():
        pass
except TypeError as e:
    print('TypeError:', e)
# The exception value passed to __exit__ is the raised instance.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(t is type(v), v.args, isinstance(v, LookupError))
        return True
with Inspect():
    raise IndexError('i', 2)
print('done')
