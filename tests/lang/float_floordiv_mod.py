# float // and % floor with Python's signs; divmod on floats.
for a in (7.5, -7.5, 6.0, -6.0):
    for b in (2.0, -2.0, 0.5):
        print(a, b, a // b, a % b, divmod(a, b))
print(-1e-20 % 1.0, 1e-20 % -1.0)
print(5.0 % 3, -5 % 3.0, 5 // -3.0)
print(0.0 % 5, -0.0 % 5, 0.0 // -5)
