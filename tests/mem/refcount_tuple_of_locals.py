# A function returns a tuple of its locals; the locals are gone afterwards.
import sys
def f():
    p = [1]
    q = [2]
    return p, q
t = f()
print(t)
print(sys.getrefcount(t[0]))
try:
    print(p)
except NameError as e:
    print('NameError', e)
