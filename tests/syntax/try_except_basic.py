# adder-only: --ast output of the parser, checked by hand
# args: --ast
try:
    f()
except:
    pass
try:
    f()
except ValueError:
    pass
try:
    f()
except (TypeError, KeyError) as e:
    print(e)
try:
    f()
except ValueError as e:
    pass
except (A, B):
    pass
except:
    raise
try:
    f()
except mod.Error as err:
    pass
