# Cooperative constructors passing keywords along the MRO, and mixins calling super().
# Keyword-passing cooperative constructors.
class Named:
    def __init__(self, name, **rest):
        self.name = name
        super().__init__(**rest)
class Sized:
    def __init__(self, size, **rest):
        self.size = size
        super().__init__(**rest)
class Box(Named, Sized):
    def __init__(self, **kw):
        super().__init__(**kw)
b = Box(name='crate', size=3)
print(b.name, b.size)
try:
    Box(name='x', size=1, color='red')
except TypeError as e:
    print('TypeError:', e)
# A mixin calling super() without knowing its next class.
class LogMixin:
    def save(self):
        print('log before save')
        return super().save()
class Store:
    def save(self):
        print('store saves')
        return 'saved'
class LoggedStore(LogMixin, Store):
    pass
print(LoggedStore().save())
