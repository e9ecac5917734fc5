# A recursive inner function: the function, its closure tuple and the cell that holds it
# form a cycle that outlives the call that made it.
import gc
gc.disable()
gc.collect()
def make_countdown():
    def countdown(n):
        return [n] + countdown(n - 1) if n else []
    return countdown
f = make_countdown()
print(f(3))
print(f.__closure__[0].cell_contents is f)
del f
print(gc.collect())
def make_pair():
    def even(n):
        return n == 0 or odd(n - 1)
    def odd(n):
        return n != 0 and even(n - 1)
    return even
e = make_pair()
print(e(10), e(7))
del e
print(gc.collect())
