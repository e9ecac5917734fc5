# adder-only: --ast output of the parser, checked by hand
# args: --ast
a = []
b = [1]
c = [1, 2, 3]
d = [1, 2, 3,]
e = ()
f = (1,)
g = 1,
h = (1, 2)
i = 1, 2, 3
j = ((1, 2), [3, 4])
k = [[], [[]]]
l = (1)
