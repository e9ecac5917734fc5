# An uncaught nested user exception with a custom __str__ and a __cause__.
class Outer:
    class Problem(Exception):
        def __init__(self, code):
            super().__init__(code)
            self.code = code
        def __str__(self):
            return 'problem code ' + str(self.code)

def low():
    return {}['missing']

def high():
    try:
        low()
    except KeyError as e:
        raise Outer.Problem(7) from e

print('start')
high()
