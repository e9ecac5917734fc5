# Chained comparisons evaluate each operand once and short-circuit.
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(1) < v(0) < v(3), calls)
calls.clear()
print(v(5) == v(5) != v(6) > v(2), calls)
calls.clear()
print(1 < 2 > 0 < 5, 1 < 2 < 2, 0 <= 0 <= 0, 3 > 2 > 1 > 0)
x = 5
print(0 < x < 10, 0 < x < 3, 'a' < 'b' < 'c', 1 in [1] in [[1]])
print(1 < 2 is not None, (1 < 2) == True)
