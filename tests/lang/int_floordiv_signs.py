# int // floors toward negative infinity for every sign combination.
for a in (7, -7, 6, -6, 0):
    for b in (2, -2, 3, -3, 1, -1):
        print(a, '//', b, '=', a // b)
print(1 // 1000000, -1 // 1000000)
print(2**62 // 3, -2**62 // 3)
