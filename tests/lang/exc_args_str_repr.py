# Exception args, str() and repr() for zero, one and several arguments.
for e in [ValueError(), ValueError('bad'), ValueError('a', 2), ValueError(42),
          KeyError('k'), KeyError(), KeyError('a', 'b'), IndexError('list index out of range'),
          TypeError(None), Exception(''), RuntimeError([1, 2]), StopIteration(7)]:
    print(repr(e), '|', str(e), '|', e.args)
try:
    raise ValueError('x', 'y')
except ValueError as e:
    print(e.args, e.args[1], len(e.args))
print(KeyError('it\'s'), repr(KeyError("it's")))
print(str(OSError('no')), repr(AssertionError()))
print([ValueError('in list')])
