# SystemExit can be caught; it is not an Exception.
import sys
for arg in (3, 'msg', None, 0):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print('caught', repr(e.code), e.args)
try:
    sys.exit(1)
except Exception:
    print('not caught as Exception')
except BaseException as e:
    print('caught as BaseException', type(e).__name__)
try:
    raise SystemExit
except SystemExit as e:
    print(e.code, e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code)
