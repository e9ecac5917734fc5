# adder-only: --ast output of the parser, checked by hand
# args: --ast
if (n := len(a)) > 10:
    pass
while (line := f()):
    print(line)
x = (y := f(x))
z = [y for x in z if (y := x)]
w = [y := 1, y ** 2]
f(a := 1)
print((total := 0), total)
v = {(k := 1): k}
