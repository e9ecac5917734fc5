# A conditional expression without else points at the whole expression.
x = 1
y = x + 1 if x
