# Identifier-like string constants are interned, so equal ones are the same object.
a = 'hello'
b = 'hello'
def f():
    return 'hello'
print(a is b, a is f())
d = {'key_1': 1}
k = list(d)[0]
key = 'key_1'
print(k is key, k == key)
def g():
    return ('abc', 'a_b_c')
x, y = 'abc', 'a_b_c'
print(g()[0] is x, g()[1] is y)
