# __format__ is used by format() and f-strings; the default needs an empty spec.
class Temp:
    def __init__(self, deg):
        self.deg = deg
    def __format__(self, spec):
        print('__format__', repr(spec))
        if spec == 'F':
            return str(self.deg * 9 / 5 + 32) + 'F'
        if spec == '':
            return str(self.deg) + 'C'
        return format(self.deg, spec) + 'C'
    def __str__(self):
        return 'Temp(' + str(self.deg) + ')'

t = Temp(100)
print(format(t))
print(format(t, 'F'))
print(f'{t}')
print(f'{t:F}')
print(f'{t:>8.2f}')
w = 6
print(f'{t:{w}}')
print('{}|{:F}'.format(t, t))
print(f'{t!s}', f'{t!r}'.startswith('<__main__.Temp'))
# Without __format__, object's default uses str() for an empty spec.
class Plain:
    def __str__(self):
        return 'plain str'
p = Plain()
print(format(p), f'{p}', '{}'.format(p))
try:
    format(p, '>10')
except TypeError as e:
    print('TypeError:', e)
try:
    f'{p:x}'
except TypeError as e:
    print('TypeError:', e)
# __format__ must return a str.
class Bad:
    def __format__(self, spec):
        return 5
try:
    format(Bad())
except TypeError as e:
    print('TypeError:', e)
# A subclass of int keeps int's formatting.
class Num(int):
    pass
print(format(Num(255), 'x'), f'{Num(7):03d}')
