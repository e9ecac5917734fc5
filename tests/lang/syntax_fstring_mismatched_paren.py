# A closing bracket that does not match the opening one in an f-string expression.
s = f'{[1)]}'
