# adder-only: --ast output of the parser, checked by hand
# args: --ast
raise
raise ValueError
raise ValueError('bad')
raise ValueError('bad') from None
raise RuntimeError from exc
raise E() from E2()
try:
    pass
except Exception:
    raise
