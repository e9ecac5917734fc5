# An uncaught user exception: the traceback names the class without the __main__ prefix.
class ValidationError(ValueError):
    pass

def check(v):
    if v < 0:
        raise ValidationError('value must be >= 0, got ' + str(v))
    return v

def check_all(values):
    return [check(v) for v in values]

print(check(1))
try:
    check(-1)
except ValueError as e:
    print('caught first:', type(e).__name__, e)
print(check_all([1, 2, 3]))
total = 0
for v in [4, 5, -5, 6]:
    total += check(v)
print('not reached', total)
