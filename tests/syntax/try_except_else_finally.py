# adder-only: --ast output of the parser, checked by hand
# args: --ast
try:
    f()
except ValueError:
    g()
else:
    h()
try:
    f()
except ValueError:
    g()
finally:
    h()
try:
    f()
except:
    g()
else:
    h()
finally:
    i()
try:
    f()
except A:
    pass
except B as b:
    pass
else:
    pass
finally:
    pass
