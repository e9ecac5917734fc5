# adder-only: --tokens output of the lexer, checked by hand
# args: --tokens
def f(x):
	if x:
		x = 1
		if x:
			return x
	else:
		x = 2
	return x


for i in range(3):
	if i:
		pass
z = 0
