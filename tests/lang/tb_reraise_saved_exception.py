# Raising an exception saved from an earlier handler adds to its old traceback.
def f():
    try:
        raise ValueError('a')
    except ValueError as e:
        return e
e = f()
raise e
