# An error inside an f-string expression shows the parenthesized expression.
x = 1
s = f'{x} and {x b}'
