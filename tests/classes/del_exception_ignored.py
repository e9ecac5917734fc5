# An exception in __del__ is printed as "Exception ignored in: ..." and execution continues.
# The expected .err holds "<function Bad.__del__ at 0x...>", whose address changes from run to run.
import sys
class Bad:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__ of', self.name, 'raising')
        raise ValueError('error in __del__ of ' + self.name)

b = Bad('first')
del b
print('still running')
x = Bad('second')
x = 1
print('still running again')
def f():
    local = Bad('local')
f()
print('done')
# Exit non-zero so that the test compares stderr too.
sys.exit(1)
