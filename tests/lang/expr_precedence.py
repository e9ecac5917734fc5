# Operator precedence and associativity in expressions.
print(-2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * (3 - 4) / 2, 7 - 3 - 2, 64 / 4 / 2, 2 * 3 % 4, 2 + 3 % 4)
print(1 << 2 + 1, (1 << 2) + 1, 6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3, 5 ^ 1 & 3)
print(not 1 == 2, not (1 == 2), 1 < 2 == True, (1 < 2) == True, -1 < 0 < 1)
print(1 if 0 else 2 if 0 else 3, (1 if 0 else 2) + 10, 1 or 0 and 0, (1 or 0) and 0)
print(~1 + 1, -~1, +-1, --1, not -1, 2 * -3, 10 // -3 * 3)
print(3 in [1, 2] == False, (3 in [1, 2]) == False, 'a' + 'b' * 2, ('a' + 'b') * 2)
f = lambda x: x + 1 if x else 0
print(f(0), f(1), [1, 2][0] + 1, {'a': 1}['a'] * 5)
