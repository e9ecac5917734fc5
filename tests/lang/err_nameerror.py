# Uncaught NameError for an undefined name used in a function.
def f():
    return undefined_variable * 2
f()
