# Large ints within 64 bits: arithmetic, repr and comparisons.
big = 2**62
print(big, big - 1, -big, big // 7, big % 1000)
print(4611686018427387903 + 1 == big)
print(4611686018427387903 > 2**61, -4611686018427387903 < -2**61)
print(123456789 * 987654321)
print(2147483647 * 2147483647)
print((2**31) * (2**31), (2**32) * (2**30))
print(1 << 62, (1 << 62) >> 61, -(1 << 62) >> 60)
print(10**18, 10**18 + 10**17, -(10**18))
f = 1
for i in range(1, 21):
    f *= i
print(f)
print(len(str(big)), str(-big))
print(hex(big), bin(big)[:10], oct(big))
