# Subclassing Exception and other built-in exceptions with extra state.
class E(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code

e = E('bad', code=3)
print(e, e.args, e.code, repr(e))
print(isinstance(e, Exception), type(e).__mro__[1].__name__)
print(e.__cause__, e.__context__, e.__traceback__)
try:
    raise e
except E as caught:
    print(caught is e, caught.code, caught.__traceback__ is not None)

class MyKeyError(KeyError):
    pass
try:
    raise MyKeyError('k')
except LookupError as err:
    print(type(err).__name__, str(err), repr(err))

class MyStop(StopIteration):
    pass
def gen():
    yield 1
    raise MyStop
it = gen()
print(next(it))
try:
    next(it)
except RuntimeError as err:
    print('RuntimeError:', err, type(err.__cause__).__name__)

class Wrapper(ValueError):
    def __str__(self):
        return 'wrapped: ' + super().__str__()
print(str(Wrapper('inner')), Wrapper('a', 'b'))
# Exception subclasses with class attributes.
class Coded(Exception):
    code = 100
class Coded2(Coded):
    code = 200
for cls in [Coded, Coded2]:
    try:
        raise cls()
    except Coded as err:
        print(type(err).__name__, err.code)
# with_traceback returns the same exception.
x = E('t')
print(x.with_traceback(None) is x)
