# adder-only: --ast output of the parser, checked by hand
# args: --ast
while x:
    x -= 1
while x > 0:
    x -= 1
else:
    done = True
while True:
    if x:
        break
else:
    pass
while a:
    while b:
        b -= 1
    else:
        a -= 1
