# Uncaught ZeroDivisionError at module level.
a = 1
b = 0
print('dividing')
print(a / b)
