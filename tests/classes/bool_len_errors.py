# Errors from __bool__ and __len__ results, and objects without __len__.
class Neither:
    pass
# Errors from __bool__ and __len__.
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print('ValueError:', e)
try:
    bool(NegLen())
except ValueError as e:
    print('ValueError:', e)
class StrLen:
    def __len__(self):
        return '3'
try:
    len(StrLen())
except TypeError as e:
    print('TypeError:', e)
try:
    len(Neither())
except TypeError as e:
    print('TypeError:', e)
