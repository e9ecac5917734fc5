# __hash__ = None, hash inheritance when a subclass defines __eq__, and bad __hash__ results.
# Explicit __hash__ = None.
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print('TypeError:', e)
# A subclass that defines __eq__ loses the inherited __hash__ too.
class Base:
    def __hash__(self):
        return 11
class Sub(Base):
    def __eq__(self, other):
        return False
print(hash(Base()))
try:
    hash(Sub())
except TypeError as e:
    print('TypeError:', e)
# A subclass that does not define __eq__ keeps the hash.
class Sub2(Base):
    pass
print(hash(Sub2()))
# __hash__ must return an int.
class BadHash:
    def __hash__(self):
        return 'h'
try:
    hash(BadHash())
except TypeError as e:
    print('TypeError:', e)
# Large hash values are reduced; -1 becomes -2.
class Minus:
    def __hash__(self):
        return -1
print(hash(Minus()))
