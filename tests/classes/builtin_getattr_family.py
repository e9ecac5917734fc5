# getattr, setattr, hasattr and delattr on user classes and instances.
class Config:
    debug = False
    def __init__(self):
        self.level = 1

c = Config()
print(getattr(c, 'level'), getattr(c, 'debug'), getattr(Config, 'debug'))
print(getattr(c, 'missing', None), getattr(c, 'missing', 'dflt'))
print(hasattr(c, 'level'), hasattr(c, 'debug'), hasattr(c, 'nothing'))
print(hasattr(Config, 'level'), hasattr(Config, '__init__'))
setattr(c, 'level', 5)
setattr(c, 'name', 'cfg')
print(c.level, c.name)
setattr(Config, 'debug', True)
print(c.debug)
delattr(c, 'name')
print(hasattr(c, 'name'))
# Dynamic names.
for i in range(3):
    setattr(c, 'opt' + str(i), i * i)
print([getattr(c, 'opt' + str(i)) for i in range(3)])
# getattr returns bound methods.
class Ops:
    def inc(self, v):
        return v + 1
    def dec(self, v):
        return v - 1
o = Ops()
for name in ['inc', 'dec']:
    print(name, getattr(o, name)(10))
# Error cases.
try:
    getattr(c, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(Config, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
try:
    delattr(c, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(c, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    setattr(c, 5, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    hasattr(c, None)
except TypeError as e:
    print('TypeError:', e)
try:
    getattr(c)
except TypeError as e:
    print('TypeError:', e)
