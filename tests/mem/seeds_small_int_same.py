# a = 1; b = 1 are the same object.
a = 1
b = 1
print(a is b)
