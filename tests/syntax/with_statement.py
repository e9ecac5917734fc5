# adder-only: --ast output of the parser, checked by hand
# args: --ast
with a:
    pass
with a as b:
    pass
with a, b:
    pass
with a as x, b as y, c:
    pass
with open(f) as (r, w):
    pass
with ctx() as [p, q]:
    pass
with a as obj.attr, b as d[0]:
    pass
with (a as b, c as d):
    pass
with (a, b):
    pass
with (yield_ctx()):
    pass
with a as b:
    with c as d:
        pass
