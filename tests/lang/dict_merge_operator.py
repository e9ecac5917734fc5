# dict | dict and |= merge; the right operand wins on equal keys.
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a, b)
c = a
a |= b
print(a, c is a)
a |= [('w', 0)]
print(a)
try:
    print(a | [('q', 1)])
except TypeError as e:
    print(e)
print({} | {}, {1: 1} | {1.0: 'float'})
