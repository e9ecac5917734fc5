# adder-only: --ast output of the parser, checked by hand
# args: --ast
for x in y:
    print(x)
for x in y:
    pass
else:
    print('no break')
for i, (a, b) in enumerate(pairs):
    pass
for x, in y:
    pass
for a.b in c:
    pass
for x in 1, 2, 3:
    pass
for x in *a, *b:
    pass
for i in range(3):
    for j in range(3):
        break
    else:
        continue
