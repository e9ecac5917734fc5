# "is" with a literal warns at compile time (SyntaxWarning on stderr); the exit status 1 makes the runner compare stderr.
import sys
x = 1
print(x is 1, x is not 2)
print(x is -1, x is (1, 2), x is [], x is None, x is ..., x is True, x is 1 + 1)
print(not x is 5, 1 < x is 2 < x is 3)
def f():
    return x is 'a'
if x is 'b' or x is not ():
    pass
sys.exit(1)
