# Class bodies run once, top to bottom, in their own namespace.
print('before class')
counter = 100

class C:
    print('in body, start')
    a = 1
    b = a + 1
    items = []
    for i in range(3):
        items.append(i * 10)
    print('in body, a b =', a, b)
    counter = counter + 1  # reads the global, binds a class attribute
    def get_a(self):
        return self.a
    del i
    print('in body, end')

print('after class')
print(C.a, C.b, C.items, C.counter, counter)
print(hasattr(C, 'i'))
print(sorted(k for k in C.__dict__ if not k.startswith('__')))
print(C().get_a())

# Names bound in a class body are not visible inside its methods.
x = 'global x'
class D:
    x = 'class x'
    def show(self):
        return x
    y = x + '!'
print(D().show(), D.y)

# Comprehensions in a class body see class names only in their first iterable.
class E:
    base = [1, 2, 3]
    doubled = [v * 2 for v in base]
    try:
        bad = [v + len(base) for v in range(2)]
    except NameError as err:
        print('NameError:', err)
print(E.doubled, hasattr(E, 'bad'))

# A class body can hold conditionals.
flag = True
class F:
    if flag:
        mode = 'on'
    else:
        mode = 'off'
print(F.mode)
