# __del__ runs the moment the last reference goes: del, rebinding, overwriting.
class Noisy:
    def __init__(self, name):
        self.name = name
        print('create', name)
    def __del__(self):
        print('__del__', self.name)

a = Noisy('a')
print('before del a')
del a
print('after del a')
b = Noisy('b')
c = b
del b
print('b still referenced by c')
del c
print('after del c')
# Rebinding a name drops the old object after the new one is made.
x = Noisy('x1')
x = Noisy('x2')
print('after rebinding x')
x = None
print('after x = None')
# A temporary that is never bound dies right after the expression.
Noisy('temp').name
print('after temporary')
print(Noisy('printed').name)
print('after printed')
# Overwriting an attribute or a list slot.
class Holder:
    pass
h = Holder()
h.item = Noisy('attr1')
h.item = Noisy('attr2')
print('after attribute overwrite')
lst = [Noisy('slot0')]
lst[0] = Noisy('slot0b')
print('after slot overwrite')
lst.pop()
print('after pop')
del h.item
print('after del h.item')
# Loop variable rebinding frees each previous value.
for i in range(3):
    obj = Noisy('loop' + str(i))
print('after loop')
del obj
print('end')
