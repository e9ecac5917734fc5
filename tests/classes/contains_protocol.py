# `in` uses __contains__, then falls back to __iter__, then to __getitem__.
class Evens:
    def __contains__(self, x):
        print('__contains__', x)
        return x % 2 == 0

e = Evens()
print(4 in e, 5 in e, 7 not in e)
# __contains__ results are converted to bool.
class Truthy:
    def __contains__(self, x):
        return 'non-empty'
print(1 in Truthy())
class Falsy:
    def __contains__(self, x):
        return []
print(1 in Falsy(), 1 not in Falsy())

class IterOnly:
    def __iter__(self):
        print('__iter__')
        return iter([1, 2, 3])
print(2 in IterOnly(), 9 in IterOnly())

class GetItemOnly:
    def __getitem__(self, i):
        print('__getitem__', i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(10 in GetItemOnly())
print(99 in GetItemOnly())

# Membership stops at the first match.
class Noisy:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('compare', self.v, other)
        return self.v == other
print(2 in [Noisy(1), Noisy(2), Noisy(3)])

# Not a container at all.
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print('TypeError:', e)
# Exceptions from __contains__ propagate.
class Raises:
    def __contains__(self, x):
        raise KeyError(x)
try:
    'k' in Raises()
except KeyError as e:
    print('KeyError:', e)
