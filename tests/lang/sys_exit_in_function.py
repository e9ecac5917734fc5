# sys.exit deep in calls unwinds through finally blocks, then exits with the code.
import sys
def inner():
    try:
        sys.exit(7)
    finally:
        print('inner finally')
def outer():
    try:
        inner()
    except Exception:
        print('not caught as Exception')
    finally:
        print('outer finally')
outer()
