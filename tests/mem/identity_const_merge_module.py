# Equal constants in one file are one object across module level and functions.
a = 257
def f():
    return 257
def g():
    def h():
        return 257
    return h()
print(a is f(), f() is g(), a is g())
big = 10 ** 12
def big_f():
    return 1000000000000
print(big is big_f(), big == big_f())
fl = 2.5
def fl_f():
    return 2.5
print(fl is fl_f())
