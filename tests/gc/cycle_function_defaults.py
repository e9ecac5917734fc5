# A function whose default argument (a list) holds the function itself.
import gc
gc.disable()
gc.collect()
def f(memo=[]):
    memo.append(len(memo))
    return memo
f()
f.__defaults__[0].append(f)
print(len(f.__defaults__[0]), f.__defaults__[0][-1] is f)
del f
print(gc.collect())
