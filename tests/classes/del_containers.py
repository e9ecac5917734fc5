# Deleting containers releases their items in CPython's order.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__', self.name)

lst = [Noisy('l0'), Noisy('l1'), Noisy('l2')]
print('del list')
del lst
tup = (Noisy('t0'), Noisy('t1'), Noisy('t2'))
print('del tuple')
del tup
d = {'k0': Noisy('d0'), 'k1': Noisy('d1'), 'k2': Noisy('d2')}
print('del dict')
del d
# Removing single items.
lst = [Noisy('a'), Noisy('b'), Noisy('c')]
print('remove middle')
del lst[1]
print('clear')
lst.clear()
print('after clear')
d = {'x': Noisy('dx'), 'y': Noisy('dy')}
print('pop x')
d.pop('x')
print('overwrite y')
d['y'] = 1
print('after overwrite')
# Slice deletion and reassignment.
lst = [Noisy('s' + str(i)) for i in range(4)]
print('del slice')
del lst[1:3]
print('assign slice')
lst[:] = []
print('after slice assign')
# An object held by two containers dies when the last one lets go.
shared = Noisy('shared')
l1 = [shared]
l2 = [shared]
del shared
print('del l1')
del l1
print('del l2')
del l2
# Nested containers.
nested = [[Noisy('inner0'), Noisy('inner1')], Noisy('outer')]
print('del nested')
del nested
print('end')
