# get_referents lists what containers refer to, in the collector's traverse order.
import gc
print(gc.get_referents((1, 2, 3)))
print(gc.get_referents([1, 'two', 3.0]))
print(gc.get_referents({1: 'a', 2: 'b'}))
print(gc.get_referents({'x': 'a', 'y': 'b'}))
print(gc.get_referents([1], (2,), {3: 4}))
inner = [0]
outer = [inner, inner]
refs = gc.get_referents(outer)
print(len(refs), refs[0] is inner, refs[1] is inner)
print(gc.get_referents())
print(gc.get_referents(1, 'atom', None, 2.5, True))
