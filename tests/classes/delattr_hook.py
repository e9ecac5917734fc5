# __delattr__ intercepts del statements and delattr().
class Guarded:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.keep = 3

    def __delattr__(self, name):
        print('__delattr__', name)
        if name == 'keep':
            raise AttributeError('cannot delete keep')
        super().__delattr__(name)

g = Guarded()
del g.a
print(sorted(g.__dict__))
delattr(g, 'b')
print(sorted(g.__dict__))
try:
    del g.keep
except AttributeError as e:
    print('AttributeError:', e)
print(g.keep)
try:
    del g.never
except AttributeError as e:
    print('AttributeError:', e)
# Deleting attributes without a hook.
class Plain:
    cls_attr = 1
p = Plain()
p.x = 1
del p.x
try:
    del p.x
except AttributeError as e:
    print('AttributeError:', e)
try:
    del p.cls_attr
except AttributeError as e:
    print('AttributeError:', e)
del Plain.cls_attr
print(hasattr(Plain, 'cls_attr'))
try:
    del Plain.cls_attr
except AttributeError as e:
    print('AttributeError:', e)
# A hook that records deletions and redirects them.
class Recorder:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __delattr__(self, name):
        self.log.append(name)
r = Recorder()
del r.anything
del r.log
delattr(r, 'more')
print(r.log)
