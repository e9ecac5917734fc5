# A traceback keeps the locals of the frames it passed through: one reference more.
import sys
def f(o):
    raise ValueError
x = []
try:
    f(x)
except ValueError as e:
    t = e
print(sys.getrefcount(x))
del t
print(sys.getrefcount(x))
