# gc.collect's argument checks, with CPython's messages.
import gc
for args in [(3,), (-1,), (1.5,), ('x',), (1, 2), (None,)]:
    try:
        gc.collect(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    gc.collect(gen=1)
except TypeError as e:
    print(e)
