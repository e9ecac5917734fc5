# Single inheritance: inherited attributes, overriding and extending methods.
class Animal:
    kind = 'animal'
    legs = 4

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + ' makes a sound'

    def describe(self):
        return self.name + ' is a ' + self.kind + ' with ' + str(self.legs) + ' legs: ' + self.speak()

class Dog(Animal):
    kind = 'dog'

    def speak(self):
        return self.name + ' barks'

class Bird(Animal):
    kind = 'bird'
    legs = 2

    def __init__(self, name, can_fly):
        Animal.__init__(self, name)
        self.can_fly = can_fly

    def speak(self):
        return Animal.speak(self) + ' (tweet)'

class Puppy(Dog):
    def speak(self):
        return 'little ' + Dog.speak(self)

for a in [Animal('generic'), Dog('rex'), Bird('tweety', True), Puppy('bit')]:
    print(a.describe())

print(Bird('b', False).can_fly)
print(Puppy.kind, Puppy.legs, Puppy.__bases__[0].__name__, Dog.__bases__[0].__name__)
print(Animal.__bases__[0] is object, object.__bases__)
# Attributes not defined anywhere.
try:
    Dog('x').fly()
except AttributeError as e:
    print('AttributeError:', e)
# Changing a base class attribute is seen through subclasses that do not override it.
Animal.legs = 6
print(Dog.legs, Bird.legs, Puppy('p').legs)
# Methods added to the base later are inherited too.
def sit(self):
    return self.name + ' sits'
Animal.sit = sit
print(Puppy('pip').sit())
# Subclass without __init__ uses the base's.
try:
    Dog()
except TypeError as e:
    print('TypeError:', e)
# A class can inherit from object explicitly.
class Plain(object):
    pass
print(Plain.__bases__ == (object,), Plain.__mro__ == (Plain, object))
