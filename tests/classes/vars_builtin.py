# vars() on instances, classes and inside functions.
class Item:
    category = 'misc'
    def __init__(self, name, price):
        self.name = name
        self.price = price
    def total(self, n):
        return self.price * n

it = Item('pen', 3)
print(vars(it))
print(vars(it) is it.__dict__)
# vars() returns the live dict: changes go both ways.
vars(it)['colour'] = 'blue'
print(it.colour)
it.price = 4
print(vars(it)['price'])
# vars() of a class is its mapping proxy.
v = vars(Item)
print(type(v).__name__)
print(sorted(k for k in v if not k.startswith('__')))
print(v['category'])
# vars() with no argument inside a function is its locals.
def f(a, b=2):
    c = a + b
    return sorted(vars().items())
print(f(1))
# Objects without a __dict__.
for obj in [1, 'str', [1], None]:
    try:
        vars(obj)
    except TypeError as e:
        print('TypeError:', e)
try:
    vars(it, it)
except TypeError as e:
    print('TypeError:', e)
# vars() of a subclass instance contains attributes set by every __init__.
class Priced(Item):
    def __init__(self, name, price, tax):
        super().__init__(name, price)
        self.tax = tax
print(vars(Priced('cup', 5, 1)))
# Building a new instance from another's vars.
copy = Item.__new__(Item)
copy.__dict__.update(vars(it))
print(vars(copy), copy.total(2))
