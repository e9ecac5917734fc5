# adder-only: --tokens output of the lexer, checked by hand
# args: --tokens
x = 1 + \
    2
if x > 1 and \
   x < 10:
    y = x \
        * 3
z = \
1
assert x, \
    "message"
w = [1, \
     2]
