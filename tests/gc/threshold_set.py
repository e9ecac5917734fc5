# set_threshold takes one to three ints; the rest keep their values.
import gc
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(1000, 20, 30)
print(gc.get_threshold())
gc.set_threshold(True, False)
print(gc.get_threshold())
for args in [(), (1, 2, 3, 4), (1.5,), ('a',), (5, 2 ** 40), (-2 ** 40,)]:
    try:
        gc.set_threshold(*args)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(gc.get_threshold())
try:
    gc.set_threshold(threshold0=5)
except TypeError as e:
    print(e)
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
