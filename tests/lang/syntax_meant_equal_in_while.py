# '=' after a name in a while condition suggests '==' or ':='.
while x = 1:
    pass
