# assert with and without a message, caught as AssertionError.
assert True
assert 1 == 1, 'not shown'
try:
    assert 1 == 2
except AssertionError as e:
    print('no message:', repr(e), e.args)
try:
    assert [], 'empty list is false'
except AssertionError as e:
    print('message:', e, e.args)
try:
    assert False, ('tuple', 1)
except AssertionError as e:
    print('tuple message:', e, e.args)
calls = []
def msg():
    calls.append('msg')
    return 'lazy'
assert True, msg()
print('message evaluated only on failure:', calls)
try:
    x = 0
    assert x > 0, 'x must be positive, got %d' % x
except AssertionError as e:
    print(e)
