# A shared constant gains one reference per extra holder; differences only.
import sys
def f():
    return 'shared constant!'
s = f()
before = sys.getrefcount(s)
keep = [s, s, s]
print(sys.getrefcount(s) - before)
del keep
print(sys.getrefcount(s) - before)
t = 'shared constant!'
print(t is s)
