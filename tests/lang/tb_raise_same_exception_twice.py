# An exception raised, caught and raised again keeps both raise sites in its traceback.
e = ValueError('x')
try:
    raise e
except ValueError:
    pass
raise e
