# Subclassing list: extra methods, overridden append, super() and list operations.
class Stack(list):
    def push(self, item):
        self.append(item)
        return self
    def peek(self):
        return self[-1]
    @property
    def top(self):
        return self[-1] if self else None

s = Stack()
s.push(1).push(2).push(3)
print(s, len(s), s.peek(), s.top)
print(s.pop(), s)
print(type(s).__name__, isinstance(s, list), s == [1, 2])

class TypedList(list):
    def __init__(self, kind, items=()):
        super().__init__()
        self.kind = kind
        for x in items:
            self.append(x)
    def append(self, x):
        if not isinstance(x, self.kind):
            raise TypeError('expected ' + self.kind.__name__ + ', got ' + type(x).__name__)
        print('append', x)
        super().append(x)

t = TypedList(int, [1, 2])
t.append(3)
try:
    t.append('x')
except TypeError as e:
    print('TypeError:', e)
print(t, t.kind.__name__)
# Built-in operations on the subclass return plain lists.
print(type(t + [4]).__name__, type(t[:1]).__name__, type(t * 2).__name__)
t += [5]
print(type(t).__name__, t)
print(sorted(t, reverse=True), list(reversed(t)), sum(t))
# Overriding __getitem__ affects indexing but not iteration.
class OneBased(list):
    def __getitem__(self, i):
        return super().__getitem__(i - 1)
ob = OneBased(['a', 'b', 'c'])
print(ob[1], ob[3], list(ob), [x for x in ob])
# __repr__ override.
class Tagged(list):
    def __repr__(self):
        return 'Tagged(' + super().__repr__() + ')'
print(Tagged([1, 2]), [Tagged()])
