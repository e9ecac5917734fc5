# __hash__ and __eq__: dict keys, sets, and classes made unhashable by __eq__.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        print('eq', self.k, other.k)
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        print('hash', self.k)
        return hash(self.k)

d = {}
d[Key(1)] = 'one'
d[Key(2)] = 'two'
print(d[Key(1)])
d[Key(1)] = 'uno'
print(len(d), [v for v in d.values()])
s = {Key(5), Key(5)}
print(len(s))
print(hash(Key(7)) == hash(7))
# __eq__ without __hash__ makes instances unhashable.
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print('TypeError:', e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print('TypeError:', e)
try:
    {EqOnly()}
except TypeError as e:
    print('TypeError:', e)
