# Constants with spaces are not interned but are one object within one code object.
def f():
    a = 'hello world'
    b = 'hello world'
    return a is b
print(f())
x = 'a b c'
y = 'a b c'
print(x is y)
def g():
    return ('two words', 'two words')
p = g()
print(p[0] is p[1])
