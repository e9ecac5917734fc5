# An uncaught assertion failure without a message.
x = [1, 2]
assert len(x) == 3
