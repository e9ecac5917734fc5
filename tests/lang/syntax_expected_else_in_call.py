# A conditional expression without else inside a call.
print(1, 2 if 3)
