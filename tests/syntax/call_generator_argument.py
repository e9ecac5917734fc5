# adder-only: --ast output of the parser, checked by hand
# args: --ast
f(x for x in y)
sum(x * x for x in range(10))
g(x for x in y if x)
h((x for x in y), 1)
any(a for b in c for a in b)
