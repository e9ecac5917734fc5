# When both sides return NotImplemented: TypeError for ordering, identity for ==/!=.
class N:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(self.name + '.__eq__')
        return NotImplemented
    def __lt__(self, other):
        print(self.name + '.__lt__')
        return NotImplemented
    def __gt__(self, other):
        print(self.name + '.__gt__')
        return NotImplemented

p = N('p')
q = N('q')
print(p == q)
print(p == p)
print(p != q)
print(p != p)
try:
    p < q
except TypeError as e:
    print('TypeError:', e)
try:
    p > 5
except TypeError as e:
    print('TypeError:', e)
try:
    5 < p
except TypeError as e:
    print('TypeError:', e)
# No __le__/__ge__ at all.
try:
    p <= q
except TypeError as e:
    print('TypeError:', e)
try:
    'a' >= p
except TypeError as e:
    print('TypeError:', e)
# Mixing with a class that knows how to compare.
class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('Num.__lt__')
        if isinstance(other, Num):
            return self.v < other.v
        return NotImplemented
    def __gt__(self, other):
        print('Num.__gt__')
        if isinstance(other, Num):
            return self.v > other.v
        return NotImplemented
print(Num(1) < Num(2))
try:
    Num(1) < p
except TypeError as e:
    print('TypeError:', e)
# sorted() raises the same error.
try:
    sorted([Num(1), p])
except TypeError as e:
    print('TypeError:', e)
# NotImplemented is a singleton with a name.
print(NotImplemented, type(NotImplemented).__name__)
