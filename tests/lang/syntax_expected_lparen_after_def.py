# A def whose name is not followed by '(' says so.
def f:
    pass
