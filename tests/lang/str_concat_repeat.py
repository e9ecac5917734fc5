# str + and * (including zero and negative counts) and errors.
print('ab' + 'cd', 'ab' * 3, 3 * 'ab', 'x' * 0, repr('x' * -2), '' * 5)
print('-' * 20)
s = 'a'
s += 'b'
s *= 3
print(s)
print('é' * 3, len('日' * 4))
try:
    print('a' * 2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('a' + 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 + 'a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('a' * 'b')
except TypeError as e:
    print(type(e).__name__, e)
print('a' 'b' "c")
