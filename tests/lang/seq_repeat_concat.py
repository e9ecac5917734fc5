# Repetition and concatenation of str, list and tuple, with errors.
print([1, 2] * 2, [0] * 0, [None] * -1, (1,) * 3, ((),) * 2, 2 * [3])
print([1] + [2, 3], (1,) + (2,), [] + [], 'a' + '')
a = [1]
b = a
a += [2]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
a *= 2
print(a, b)
for x, y in (([1], (2,)), ((1,), [2]), ('a', ['b']), ([1], 'b')):
    try:
        print(x + y)
    except TypeError as e:
        print(e)
l = [1]
l += 'ab'
l += (3,)
l += range(2)
print(l)
