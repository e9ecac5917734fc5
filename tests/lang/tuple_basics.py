# tuple: empty and singleton repr, packing, indexing, immutability.
print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple('ab'))
t = 1, 2, 3
print(t, type(t), len(t), t[0], t[-1], t[1:], t[::-1])
print((1,) * 3, (1, 2) + (3,), () + ())
print(((),), ((1,),), (None,))
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(t[5])
except IndexError as e:
    print(type(e).__name__, e)
print(t.count(2), t.index(3), (1, 1, 1).count(1))
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
x = (5)
print(x, type(x))
