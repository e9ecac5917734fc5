# hex(), oct() and bin() of positive, negative and zero ints.
for n in (0, 1, -1, 10, -10, 255, 256, 2**62, -2**62, 4095):
    print(n, hex(n), oct(n), bin(n))
print(int(hex(255), 16), int(bin(-5), 2), int(oct(8), 8))
try:
    hex(1.5)
except TypeError as e:
    print(e)
try:
    bin('1')
except TypeError as e:
    print(e)
