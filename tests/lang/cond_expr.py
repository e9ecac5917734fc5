# Conditional expressions evaluate only the chosen branch.
def sign(n):
    return 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
print([sign(n) for n in (-2, 0, 7)])
print(1 if [] else 2, 'a' if 'x' else 'b', (1 if True else 1 / 0))
x = 5
y = x * 2 if x > 3 else x - 2
print(y)
print([i if i % 2 else -i for i in range(6)])
f = (lambda v: 'big') if x > 3 else (lambda v: 'small')
print(f(0))
print((0 if False else None) is None)
