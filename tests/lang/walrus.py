# Assignment expressions bind names in the enclosing scope.
if (n := len('hello')) > 3:
    print('long', n)
data = [1, 5, 2, 8, 3]
i = 0
while (v := data[i]) != 8:
    i += 1
print('found', v, 'at', i)
print([y for x in range(6) if (y := x * x) % 2 == 0])
print(y)
print((a := 3) + a, a)
def f():
    [last := c for c in 'abc']
    return last
print(f())
total = 0
print([total := total + x for x in range(5)], total)
