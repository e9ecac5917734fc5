# '=' after a name in an if condition suggests '==' or ':='.
x = 1
if x = 1:
    pass
