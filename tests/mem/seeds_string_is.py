# Equal strings joined at run time are distinct objects; one constant used twice is one object.
a = ''.join(['ab', 'c'])
b = ''.join(['ab', 'c'])
print(a == b, a is b)
s = 'hello world'
t = 'hello world'
print(s is t)
