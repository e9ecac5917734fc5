# divmod() for all sign combinations of ints and floats.
for a in (7, -7, 0):
    for b in (3, -3):
        print(a, b, divmod(a, b))
for a in (7.5, -7.5):
    for b in (2, -2.0):
        print(a, b, divmod(a, b))
print(divmod(1, 0.3), divmod(-1e-300, 1), divmod(2**62, 10**9), divmod(True, 2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    divmod('a', 1)
except TypeError as e:
    print(e)
