# Division by zero messages for int and float operands.
ops = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0),
    lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: divmod(1.0, 0.0),
    lambda: 1 / 0.0, lambda: 0 / 0, lambda: 0.0 / 0.0,
]
for op in ops:
    try:
        print(op())
    except ZeroDivisionError as e:
        print(type(e).__name__ + ':', e)
