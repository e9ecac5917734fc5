# __getattr__ is called only when normal lookup fails.
class Lazy:
    existing = 'class value'

    def __init__(self):
        self.here = 'instance value'

    def __getattr__(self, name):
        print('__getattr__', name)
        if name.startswith('computed_'):
            value = name[9:].upper()
            setattr(self, name, value)
            return value
        raise AttributeError('no ' + name + ' here')

x = Lazy()
print(x.here)
print(x.existing)
print(x.computed_abc)
print(x.computed_abc)   # cached now: no __getattr__ call
try:
    x.missing
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(x, 'missing'))
print(getattr(x, 'nope', 'default'))
print(getattr(x, 'computed_q'))
# __getattr__ is not used for special method lookup by operators.
try:
    len(x)
except TypeError as e:
    print('TypeError:', e)
# __getattr__ is used when a property raises AttributeError.
class WithProp:
    @property
    def p(self):
        raise AttributeError('inner')
    def __getattr__(self, name):
        return 'fallback for ' + name
print(WithProp().p)
# A proxy that forwards to a wrapped object.
class Proxy:
    def __init__(self, target):
        self._target = target
        self.hits = 0
    def __getattr__(self, name):
        self.hits += 1
        return getattr(self._target, name)
pr = Proxy([3, 1, 2])
pr.sort()
pr.append(0)
print(pr._target, pr.hits, pr.count(0))
# __getattr__ inherited from a base.
class Sub(Lazy):
    pass
print(Sub().computed_sub)
# Returning other values, including None.
class AlwaysNone:
    def __getattr__(self, name):
        return None
print(AlwaysNone().anything, hasattr(AlwaysNone(), 'whatever'))
