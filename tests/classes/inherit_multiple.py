# Multiple inheritance: attribute lookup follows the MRO, left to right.
class Walker:
    def move(self):
        return 'walk'
    def walk_speed(self):
        return 5
    def name(self):
        return 'walker'

class Swimmer:
    def move(self):
        return 'swim'
    def swim_speed(self):
        return 3
    def name(self):
        return 'swimmer'

class Duck(Walker, Swimmer):
    pass

class Fish(Swimmer):
    pass

class Penguin(Swimmer, Walker):
    def name(self):
        return 'penguin'

d = Duck()
print(d.move(), d.walk_speed(), d.swim_speed(), d.name())
p = Penguin()
print(p.move(), p.name(), p.walk_speed())
print([c.__name__ for c in Duck.__bases__])
print([c.__name__ for c in Penguin.__mro__])
print(isinstance(d, Walker), isinstance(d, Swimmer), isinstance(Fish(), Walker))
# Diamond: shared base appears once, after all its subclasses.
class Base:
    def who(self):
        return 'Base'
    def only_base(self):
        return 'only in Base'
class Left(Base):
    def who(self):
        return 'Left'
class Right(Base):
    def who(self):
        return 'Right'
    def only_right(self):
        return 'only in Right'
class Bottom(Left, Right):
    pass
b = Bottom()
print(b.who(), b.only_right(), b.only_base())
print([c.__name__ for c in Bottom.__mro__])
# Class attributes resolve in MRO order too.
class X:
    v = 'X'
class Y:
    v = 'Y'
    w = 'Y.w'
class Z(X, Y):
    pass
print(Z.v, Z.w)
# Explicit calls to each base.
class Both(Walker, Swimmer):
    def move(self):
        return Walker.move(self) + '+' + Swimmer.move(self)
print(Both().move())
