# Uncaught TypeError from None + 1.
def f():
    return None
x = f()
print(x + 1)
