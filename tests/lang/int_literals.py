# Integer literal forms and their values.
print(0, 00, 0x1F, 0X1f, 0o777, 0O17, 0b1011, 0B11)
print(1_000, 0x_ff, 0b_1010_1010, 1_2_3)
print(-0x10, +0o10, ~0b0)
print(0xFFFFFFFF, 0x3FFFFFFFFFFFFFFF)
print(type(0x10))
