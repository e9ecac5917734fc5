# 'named arguments must follow bare *' points at the star.
def f(a, *, **k):
    pass
