# '=' in an f-string field must end the expression (self-documenting) or be '=='.
x = 1
s = f'{x = 1}'
