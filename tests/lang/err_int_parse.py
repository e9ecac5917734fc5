# Uncaught ValueError from int('x') inside a function.
def parse(s):
    return int(s)
print(parse('12'))
print(parse('x'))
