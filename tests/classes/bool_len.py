# Truth testing: __bool__ first, then __len__, else true.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('__bool__', self.v)
        return self.v

class Ln:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print('__len__', self.n)
        return self.n

class Both:
    def __bool__(self):
        print('Both.__bool__')
        return False
    def __len__(self):
        print('Both.__len__')
        return 5

class Neither:
    pass

print(bool(B(True)), bool(B(False)))
print(bool(Ln(0)), bool(Ln(3)), len(Ln(4)))
print(bool(Both()), len(Both()))
print(bool(Neither()))
if B(False):
    print('unreachable')
else:
    print('else branch')
print(not Ln(0), B(True) and 'and-result', Ln(0) or 'or-result')
x = [v for v in [Ln(0), Ln(2), B(False)] if v]
print(len(x))
n = Ln(2)
while n:
    n.n -= 1
print('loop done')
