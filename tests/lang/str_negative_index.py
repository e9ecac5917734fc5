# Negative str indexes count from the end; out-of-range index raises.
s = 'python'
print(s[-1], s[-6], s[-3], s[len(s) - 1])
for i in (6, -7, 100):
    try:
        print(s[i])
    except IndexError as e:
        print(type(e).__name__, e)
try:
    print(''[0])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(s['a'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(s[1.0])
except TypeError as e:
    print(type(e).__name__, e)
