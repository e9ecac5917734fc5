# Augmented assignment on names for every operator.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x = 17
x //= 5; print(x)
x %= 2; print(x)
x = 3
x **= 4; print(x)
x <<= 2; print(x)
x >>= 3; print(x)
x &= 6; print(x)
x |= 9; print(x)
x ^= 5; print(x)
s = 'ab'
s += 'c'
s *= 2
print(s)
t = (1,)
t += (2,)
print(t)
f = 1.5
f += 1
print(f)
