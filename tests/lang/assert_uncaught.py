# An uncaught assertion failure with a message.
def check(n):
    assert n >= 0, 'negative: ' + str(n)
    return n
print(check(3))
check(-1)
