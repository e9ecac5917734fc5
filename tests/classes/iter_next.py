# The iterator protocol: __iter__ and __next__, used by for, list(), next() and unpacking.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        print('__iter__')
        return self
    def __next__(self):
        if self.current <= 0:
            print('StopIteration')
            raise StopIteration
        self.current -= 1
        return self.current + 1

for n in Countdown(3):
    print('got', n)
print(list(Countdown(2)))
it = Countdown(2)
print(iter(it) is it)
print(next(it), next(it))
print(next(it, 'done'))
try:
    next(it)
except StopIteration:
    print('StopIteration caught')
a, b, c = Countdown(3)
print(a, b, c)
print(sum(Countdown(4)), sorted(Countdown(3)), max(Countdown(5)))
