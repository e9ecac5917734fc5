# raise accepts a class (instantiated with no args) or an instance.
for thing in (ValueError, ValueError('msg'), KeyError, StopIteration(3)):
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 'str'
except TypeError as e:
    print(type(e).__name__, e)
def thrower(kind, msg):
    raise kind(msg)
try:
    thrower(RuntimeError, 'from function')
except RuntimeError as e:
    print(e)
