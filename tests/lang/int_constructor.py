# int(): from floats, strings with bases and whitespace, bools.
print(int(), int(7), int(-2.9), int(True), int('42'), int('-17'), int('  +8  '))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0))
print(int('777', 8), int('1010', 2), int('z', 36), int('Zz', 36), int('1_000'), int('10', 0))
print(int('\t12\n'), int('0'), int('-0'), int('00'), int('007'))
print(int(' 4611686018427387904 '), int('-4611686018427387904'))
print(int(3.999999), int(-0.5), int(1e15))
print(type(int('5')))
