# __del__ inherited by subclasses, chained with super(), and added to a class later.
class Base:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('Base.__del__', self.name)

class Inherits(Base):
    pass

class Extends(Base):
    def __del__(self):
        print('Extends.__del__', self.name)
        super().__del__()

class Silent(Base):
    def __del__(self):
        print('Silent.__del__ does not chain', self.name)

x = Inherits('inherited')
del x
y = Extends('extended')
del y
z = Silent('silent')
del z
# A __del__ added to the class after instances exist.
class Late:
    pass
l = Late()
Late.__del__ = lambda self: print('Late.__del__ added afterwards')
del l
print('after Late')
# Removing __del__ again.
del Late.__del__
l2 = Late()
del l2
print('no __del__ any more')
# __del__ of an object created inside __del__.
class Spawner:
    def __del__(self):
        print('Spawner.__del__ makes a temporary')
        Base('made in __del__')
s = Spawner()
del s
# Explicitly calling __del__ does not free the object.
e = Extends('explicit')
e.__del__()
print('still alive:', e.name)
del e
print('end')
