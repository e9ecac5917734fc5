# User exception classes: raising, catching by class and by base class, args.
class AppError(Exception):
    pass

class ConfigError(AppError):
    pass

class MissingKey(ConfigError, KeyError):
    pass

def fail(kind):
    if kind == 1:
        raise AppError('generic failure')
    if kind == 2:
        raise ConfigError('bad config', 42)
    if kind == 3:
        raise MissingKey('port')
    raise ConfigError

for kind in [1, 2, 3, 4]:
    try:
        fail(kind)
    except AppError as e:
        print(type(e).__name__, e.args, str(e), repr(e))
# Caught by a built-in base class.
try:
    fail(3)
except KeyError as e:
    print('as KeyError:', type(e).__name__, e)
try:
    fail(3)
except LookupError as e:
    print('as LookupError:', type(e).__name__)
try:
    fail(2)
except Exception as e:
    print('as Exception:', type(e).__name__, e)
# The first matching except clause wins.
try:
    fail(3)
except ConfigError:
    print('ConfigError clause')
except KeyError:
    print('KeyError clause')
# A tuple of classes.
try:
    fail(1)
except (ValueError, AppError) as e:
    print('tuple caught', type(e).__name__)
# Not caught by an unrelated class.
try:
    try:
        fail(1)
    except ValueError:
        print('wrong')
except AppError as e:
    print('outer caught', e)
# Raising the class itself instantiates it.
try:
    raise ConfigError
except ConfigError as e:
    print(repr(e), e.args)
# Exceptions are instances of their classes.
e = ConfigError('x')
print(isinstance(e, AppError), isinstance(e, Exception), isinstance(e, BaseException))
