# An assert of a non-empty tuple is always true: a compile-time SyntaxWarning.
import sys
x = 0
assert (x, 'x must be set')
assert ()  if False else True
print('asserts passed')
sys.exit(1)
