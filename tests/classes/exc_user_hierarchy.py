# A tree of user exceptions; which handler catches which class.
class Base(Exception): pass
class IOProblem(Base): pass
class NetProblem(IOProblem): pass
class DiskProblem(IOProblem): pass
class ValueProblem(Base, ValueError): pass
class Timeout(NetProblem, OSError): pass

classes = [Base, IOProblem, NetProblem, DiskProblem, ValueProblem, Timeout]
for c in classes:
    print(c.__name__, [k.__name__ for k in c.__mro__])

def handle(exc_class):
    try:
        raise exc_class('boom')
    except Timeout as e:
        return 'Timeout handler: ' + type(e).__name__
    except NetProblem as e:
        return 'Net handler: ' + type(e).__name__
    except IOProblem as e:
        return 'IO handler: ' + type(e).__name__
    except ValueError as e:
        return 'ValueError handler: ' + type(e).__name__
    except Base as e:
        return 'Base handler: ' + type(e).__name__

for c in classes:
    print(handle(c))
# Catching by built-in bases.
for c in [Timeout, ValueProblem]:
    try:
        raise c()
    except OSError as e:
        print('OSError caught', type(e).__name__)
    except ValueError as e:
        print('ValueError caught', type(e).__name__)
# issubclass checks.
print(issubclass(Timeout, OSError), issubclass(Timeout, Base), issubclass(DiskProblem, NetProblem))
# Re-raising and wrapping.
try:
    try:
        raise DiskProblem('disk full')
    except IOProblem as e:
        raise ValueProblem('wrapped') from e
except Base as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
# Bare raise keeps the class.
try:
    try:
        raise NetProblem('net down')
    except Base:
        raise
except NetProblem as e:
    print('re-raised', type(e).__name__, e)
