# None, True and False are singletons however they are produced.
def nothing():
    pass
print(nothing() is None, None is None, [].append(1) is None)
print((1 < 2) is True, (1 > 2) is False, bool(5) is True, bool(0) is False)
print((not 0) is True, (not 1) is False, isinstance(1, int) is True)
print({}.get('x') is None, (3 == 3) is True, ('a' in 'abc') is True)
one, zero = 1, 0
print(None is not False, True is not one, False is not zero, True == one)
