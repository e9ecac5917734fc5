# SEEDS claim 1 with instances: assignment and calls pass references, never copies;
# mutating an instance is seen through every alias, rebinding a name is not.
class Box:
    def __init__(self, value):
        self.value = value

def mutate(b):
    b.value = b.value + 1

def rebind(b):
    b = Box(100)
    return b.value

x = Box(1)
y = x
print(x is y, x.value, y.value)
y.value = 5
print(x.value)
mutate(x)
print(x.value, y.value)
print(rebind(x), x.value)
# Immutable attribute values: rebinding an int attribute does not touch other names.
v = x.value
x.value += 10
print(v, x.value)
# A list attribute shared by two instances.
shared = []
a = Box(shared)
b = Box(shared)
a.value.append('from a')
print(b.value, a.value is b.value)
b.value = b.value + ['copy']
print(a.value, b.value, a.value is b.value)
# Instances in a list are references too.
items = [Box(i) for i in range(3)]
alias = items[1]
items[1].value = 'changed'
print(alias.value, [it.value for it in items])
copy = list(items)
copy[0].value = 'via copy'
print(items[0].value, copy is items, copy[0] is items[0])
# id() is stable for the object's lifetime, and equal for aliases.
print(id(a) == id(a), id(a) == id(b), id(alias) == id(items[1]))
