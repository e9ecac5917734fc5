# A traceback through yield from shows the delegating and the inner generator.
def g():
    yield from h()
def h():
    yield 1
    raise KeyError('k')
for x in g():
    pass
