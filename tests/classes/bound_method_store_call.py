# Bound methods used as callbacks; functions stored on instances are not bound.
class Button:
    def __init__(self, label):
        self.label = label
        self.clicks = 0

    def click(self):
        self.clicks += 1
        return self.label + ' clicked ' + str(self.clicks)

ok = Button('ok')
cancel = Button('cancel')
handlers = [ok.click, cancel.click, ok.click]
for h in handlers:
    print(h())
print(ok.clicks, cancel.clicks)
# map over bound methods
words = ['a', 'bb', 'ccc']
print(list(map(str.upper, words)))
s = 'x-y-z'
split = s.split
print(split('-'))
# A function stored on an instance is a plain function: no self is passed.
def free(*args):
    return len(args)
ok.free = free
print(ok.free(1, 2), ok.free is free)
# A function stored on the class becomes a method.
Button.free = free
print(cancel.free(1, 2))
# Storing a bound method on another instance does not rebind it.
cancel.borrowed = ok.click
print(cancel.borrowed())
print(cancel.borrowed.__self__ is ok)
# Bound methods as dict values for dispatch.
class Calc:
    def add(self, a, b):
        return a + b
    def mul(self, a, b):
        return a * b
    def table(self):
        return {'+': self.add, '*': self.mul}
c = Calc()
ops = c.table()
for k in ops:
    print(k, ops[k](6, 7))
# Calling a method of a method's result.
class Chain:
    def __init__(self):
        self.log = []
    def step(self, n):
        self.log.append(n)
        return self
ch = Chain().step(1).step(2).step(3)
print(ch.log)
# Lambdas in class bodies are methods too.
class L:
    double = lambda self, v: v * 2
print(L().double(21))
