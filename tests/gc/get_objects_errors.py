# get_objects(generation) checks its argument as CPython does.
import gc
for args in [(3,), (-2,), (1.0,), ('a',), (1, 2)]:
    try:
        gc.get_objects(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(gc.get_objects(None)).__name__, type(gc.get_objects(generation=1)).__name__)
try:
    gc.get_objects(gen=1)
except TypeError as e:
    print(e)
