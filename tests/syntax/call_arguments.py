# adder-only: --ast output of the parser, checked by hand
# args: --ast
f()
f(1)
f(1, 2)
f(a, b=2)
f(*args)
f(**kwargs)
f(1, *args, k=2, **kwargs)
f(*a, *b, **c, **d)
f(a=1, *rest)
f(x, *y, z=1, **w)
f(1,)
f(a)(b)(c)
f(
    1,
    key=2,
)
