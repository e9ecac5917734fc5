# Infinite recursion raises RecursionError, which can be caught.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
print('still running')
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(200))
