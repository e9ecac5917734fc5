# SEEDS demonstration with a class instance: the "four increases" and "five decreases"
# of a reference count, printed with sys.getrefcount after each step.
import sys

class Obj:
    pass

def show(label, obj):
    # Inside this function the count includes the parameter and the call's argument.
    print(label, sys.getrefcount(obj) - 2)

def take(o):
    print('passed to a function:', sys.getrefcount(o))

o = Obj()
print('created and bound:', sys.getrefcount(o))
p = o
print('another name:', sys.getrefcount(o))
take(o)
print('after the call returned:', sys.getrefcount(o))
box = [o]
print('stored in a list:', sys.getrefcount(o))
holder = Obj()
holder.attr = o
print('stored as an attribute:', sys.getrefcount(o))
# Decreases.
def local_scope():
    inner = o
    print('local name in a function:', sys.getrefcount(o))
local_scope()
print('function returned:', sys.getrefcount(o))
del p
print('del a name:', sys.getrefcount(o))
q = o
q = None
print('name rebound:', sys.getrefcount(o))
box.remove(o)
print('removed from the list:', sys.getrefcount(o))
del holder
print('container deleted:', sys.getrefcount(o))
show('helper sees extra references removed:', o)
