# Ints made by len(), range items and int parsing share the small-int cache.
n0, n3, n5, n7, n9, n16, n42, n200, n256 = 0, 3, 5, 7, 9, 16, 42, 200, 256
s = 'abcdefg'
print(len(s) is n7, len([1, 2, 3]) is n3, len('') is n0)
r = list(range(10))
print(r[5] is n5, all(r[i] is i for i in range(10)))
print(int('  42  ') is n42, int('0x10', 16) is n16, int('101', 2) is n5)
print(int(3.9) is n3, abs(-9) is n9, max(4, 200) is n200, sum([100, 100, 56]) is n256)
