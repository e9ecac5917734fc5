# Classes are mutable: adding, replacing and deleting methods at run time.
class Robot:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return 'I am ' + self.name

r = Robot('R1')
print(r.greet())
# Replace a method on the class.
old_greet = Robot.greet
def loud_greet(self):
    return old_greet(self).upper() + '!'
Robot.greet = loud_greet
print(r.greet())
# Add a new method.
def walk(self, steps=1):
    return self.name + ' walks ' + str(steps)
Robot.walk = walk
print(r.walk(), r.walk(3))
# Delete a method: lookup falls back to the base class.
class Base:
    def who(self):
        return 'base'
class Derived(Base):
    def who(self):
        return 'derived'
d = Derived()
print(d.who())
del Derived.who
print(d.who())
# Setting a method on a base class after a subclass was created.
Base.extra = lambda self: 'extra from base'
print(d.extra())
# Class attributes that are counters.
class Ticket:
    next_id = 1
    def __init__(self):
        self.id = Ticket.next_id
        Ticket.next_id += 1
tickets = [Ticket() for _ in range(4)]
print([t.id for t in tickets], Ticket.next_id)
# setattr on the class.
setattr(Ticket, 'describe', lambda self: 'ticket #' + str(self.id))
print(tickets[2].describe())
# A bound method taken before the patch keeps the old function.
bm = r.greet
Robot.greet = old_greet
print(bm(), r.greet())
# __bases__ and __name__ are readable.
print(Derived.__bases__[0].__name__, Robot.__name__)
