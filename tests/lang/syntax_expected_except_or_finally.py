# A try block with no handler is reported at the next statement.
try:
    x = 1
    y = 2
print(x)
