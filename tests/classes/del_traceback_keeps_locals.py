# A caught exception's traceback keeps the failed function's frame, and so its locals,
# alive until the exception itself goes away.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__', self.name)

def raises(tag):
    local = Noisy('local of ' + tag)
    raise ValueError('boom ' + tag)

try:
    raises('first')
except ValueError as e:
    print('caught', e)
print('after the first handler')

saved = None
try:
    raises('second')
except ValueError as e:
    saved = e
print('handler done, exception saved')
saved = None
print('saved exception dropped')

# Two levels: both frames stay alive with the traceback.
def outer():
    mine = Noisy('local of outer')
    raises('inner')
try:
    outer()
except ValueError as e:
    print('caught', e)
print('after the nested handler')

# An exception caught inside the same function: locals die when it returns.
def catches():
    here = Noisy('local of catches')
    try:
        raise KeyError('k')
    except KeyError:
        print('caught inside')
    print('catches returning')
catches()
print('end')
