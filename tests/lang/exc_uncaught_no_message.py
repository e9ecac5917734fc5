# An uncaught exception with no arguments prints just its name.
print('before')
raise KeyError
