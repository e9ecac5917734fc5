# Traceback through a list comprehension and a lambda.
f = lambda x: 10 % x
print([f(x) for x in [3, 2, 1, 0]])
