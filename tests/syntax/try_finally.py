# adder-only: --ast output of the parser, checked by hand
# args: --ast
try:
    f()
finally:
    cleanup()
try:
    try:
        f()
    finally:
        g()
finally:
    h()
def r():
    try:
        return 1
    finally:
        pass
