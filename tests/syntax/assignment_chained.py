# adder-only: --ast output of the parser, checked by hand
# args: --ast
a = 1
a = b = 1
a = b = c = d = 0
a.x = b[0] = c = f()
x = y = 1, 2
i = j = []
