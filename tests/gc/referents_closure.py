# A closure refers to its cells through its __closure__ tuple; a cell to its value.
import gc
def outer():
    box = [1, 2]
    def inner():
        return box
    return inner
f = outer()
cells = f.__closure__
print(cells in gc.get_referents(f))
print(gc.get_referents(cells[0]))
print(gc.get_referents(cells) == [cells[0]])
print(f.__code__ in gc.get_referents(f))
