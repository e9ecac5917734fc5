# adder-only: --ast output of the parser, checked by hand
# args: --ast
pass
while True:
    if x:
        break
    elif y:
        continue
    pass
for i in range(10):
    if i % 2:
        continue
    for j in range(i):
        break
    else:
        pass
