# property with getter, setter and deleter in decorator form.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        print('get celsius')
        return self._c

    @celsius.setter
    def celsius(self, value):
        print('set celsius', value)
        if value < -273:
            raise ValueError('too cold')
        self._c = value

    @celsius.deleter
    def celsius(self):
        print('del celsius')
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(20)
print(t.celsius)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)
print(t.celsius)
t.celsius += 5
print(t._c)
del t.celsius
print(hasattr(t, '_c'))
try:
    t.celsius
except AttributeError as e:
    print('AttributeError:', e)
# The property object lives on the class.
p = Temperature.celsius
print(type(p).__name__)
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__)
print(Temperature.fahrenheit.fset, Temperature.fahrenheit.fdel)
# Setting the property does not put the name in the instance dict.
t2 = Temperature(1)
t2.celsius = 2
print(sorted(t2.__dict__))
# setter() and deleter() return new property objects.
print(Temperature.celsius is Temperature.celsius)
q = property(lambda self: 1)
q2 = q.setter(lambda self, v: None)
print(q is q2, q2.fget is q.fget, q.fset is None)
