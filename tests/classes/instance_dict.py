# Instances keep their attributes in __dict__, in insertion order.
class P:
    cls_attr = 'c'
    def __init__(self):
        self.b = 2
        self.a = 1

p = P()
print(p.__dict__)
p.z = 26
p.a = 100
print(p.__dict__)
print(list(p.__dict__), list(p.__dict__.values()))
# Writing to __dict__ directly creates attributes.
p.__dict__['direct'] = 'yes'
print(p.direct)
# Deleting from __dict__ removes the attribute.
del p.__dict__['z']
print(hasattr(p, 'z'))
# Class attributes are not in the instance dict.
print('cls_attr' in p.__dict__, p.cls_attr)
# __dict__ is the same object every time.
print(p.__dict__ is p.__dict__, type(p.__dict__).__name__)
# Replacing __dict__ with another dict.
p.__dict__ = {'fresh': 1}
print(p.__dict__, hasattr(p, 'a'), p.fresh)
try:
    p.__dict__ = [1, 2]
except TypeError as e:
    print('TypeError:', e)
# del attribute order and re-adding.
q = P()
del q.b
q.b = 3
print(q.__dict__)
# An empty instance has an empty dict.
class Empty:
    pass
e = Empty()
print(e.__dict__, len(e.__dict__))
# Attribute names need not be identifiers when set through setattr.
setattr(e, 'not an identifier', 5)
print(e.__dict__, getattr(e, 'not an identifier'))
# The class __dict__ is a read-only mapping proxy.
print(type(P.__dict__).__name__)
print(P.__dict__['cls_attr'])
try:
    P.__dict__['new'] = 1
except TypeError as e:
    print('TypeError:', e)
print(sorted(k for k in P.__dict__ if not k.startswith('__')))
print('__init__' in P.__dict__, '__dict__' in P.__dict__, '__doc__' in P.__dict__)
