# In-place operators without __iadd__, NotImplemented fallbacks, and targets that are
# attributes or items.
class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'Acc(' + repr(self.v) + ')'
    def __iadd__(self, o):
        print('__iadd__', o)
        self.v += o
        return self
# Without __iadd__, += falls back to __add__ and rebinds the name.
class Imm:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print('__add__', o)
        return Imm(self.v + o)
i = Imm(1)
j = i
i += 2
print(i.v, j.v, i is j)
# __iadd__ returning NotImplemented falls back to __add__, then __radd__.
class Half:
    def __iadd__(self, o):
        print('Half.__iadd__')
        return NotImplemented
    def __add__(self, o):
        print('Half.__add__')
        return NotImplemented
class Other:
    def __radd__(self, o):
        print('Other.__radd__')
        return 'from radd'
h = Half()
h += Other()
print(h)
# The result of __iadd__ is what gets bound, even if it is not self.
class Swap:
    def __iadd__(self, o):
        return 'replaced'
s = Swap()
s += 1
print(s)
# In-place on attributes and items of user objects.
class Holder:
    pass
hd = Holder()
hd.acc = Acc(1)
hd.acc += 1
box = [Acc(100)]
box[0] += 1
print(hd.acc, box)
try:
    h2 = Half()
    h2 += 1
except TypeError as e:
    print('TypeError:', e)
