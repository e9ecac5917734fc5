# A starred expression cannot be an f-string field.
a = [1]
s = f'{*a}'
