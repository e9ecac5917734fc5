# Bitwise operators on ints, including negative operands and shifts.
for a, b in ((12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1)):
    print(a, b, a & b, a | b, a ^ b, ~a)
print(1 << 0, 1 << 10, 5 << 3, -5 << 3)
print(1024 >> 3, -1024 >> 3, -1 >> 10, 7 >> 1, -7 >> 1, 5 >> 100, -5 >> 100)
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1 >> -1)
except ValueError as e:
    print(type(e).__name__, e)
print(~0, ~-1, ~255)
print(0xff & 0x0f, 0b1010 | 0b0101, 0o17 ^ 0o7)
