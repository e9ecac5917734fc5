# -5 is the lowest cached int; -6 computed two ways is a different object.
def neg(n):
    return -n
def sub(a, b):
    return a - b
print(neg(5) is sub(0, 5), neg(5) == sub(0, 5))
print(neg(6) is sub(0, 6), neg(6) == sub(0, 6))
m1, m5 = -1, -5
print(neg(1) is m1, sub(2, 7) is m5)
print(int('-5') is int('-5'), int('-6') is int('-6'), int('-6') == int('-6'))
