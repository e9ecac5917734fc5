# int: +, -, *, unary operators, precedence and result types.
a, b = 17, 5
print(a + b, a - b, a * b, -a, +a, -(-a))
print(b - a, a * -b, -a * -b)
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -2 ** 2, (-2) ** 2)
print(10 - 3 - 2, 2 ** 3 ** 2, 100 // 7 * 7 + 100 % 7)
print(type(a + b), type(a * b), type(-a))
print(0 * -1, -0, 0 == -0)
x = 1
for i in range(20):
    x = x * 3 + 1
print(x)
print(1_000_000 + 1, 0x10 + 0o10 + 0b10)
print(abs(-7), abs(7), abs(0))
