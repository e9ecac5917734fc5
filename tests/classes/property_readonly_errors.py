# Error messages for read-only and undeletable properties, and getters that raise.
class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return 3 * self.r * self.r

    @property
    def broken(self):
        raise AttributeError('computed failed')

    @property
    def missing(self):
        return self.nothere

c = Circle(2)
print(c.area)
try:
    c.area = 10
except AttributeError as e:
    print('AttributeError:', e)
try:
    del c.area
except AttributeError as e:
    print('AttributeError:', e)
print(c.area)
try:
    c.broken
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(c, 'broken'), getattr(c, 'broken', 'dflt'))
try:
    c.missing
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(c, 'missing'))
# setattr() and delattr() give the same messages.
try:
    setattr(c, 'area', 1)
except AttributeError as e:
    print('AttributeError:', e)
try:
    delattr(c, 'area')
except AttributeError as e:
    print('AttributeError:', e)
