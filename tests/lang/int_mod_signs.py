# int % takes the sign of the divisor; a == (a // b) * b + a % b.
for a in (7, -7, 6, -6, 0, 1, -1):
    for b in (2, -2, 3, -3, 5, -5):
        r = a % b
        print(a, '%', b, '=', r, (a // b) * b + r == a)
print(-1 % 1000000007, 10**18 % 7, -(10**18) % 7)
