# 257 computed at run time two ways gives distinct objects that compare equal.
def add(a, b):
    return a + b
def mul(a, b):
    return a * b
x = add(200, 57)
y = mul(257, 1)
print(x is y, x == y, x is not y)
print(int('257') is int('257'), int('257') == 257)
print(add(128, 128) is add(200, 56), add(128, 129) is add(200, 57))
