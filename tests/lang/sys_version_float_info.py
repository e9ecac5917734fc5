# sys.version_info and sys.float_info are tuples whose items also have names.
import sys
v = sys.version_info
print(v[:2], v.major, v.minor, v.releaselevel, v.serial, len(v), v[0], v[-1], v[1:2])
print(v >= (3, 8), v < (3, 12), v == tuple(v), hash(v) == hash(tuple(v)), v > (3,))
print(list(v)[:2], v[:2] + (1,), v.count(3), v.index(11), isinstance(v, tuple))
a, b, *rest = v
print(a, b, len(rest))
print(repr(type(v)))
f = sys.float_info
print(f)
print(f.max, f.min, f.epsilon, f.dig, f.mant_dig, f.radix, f.max_exp, f[0] == f.max)
print(sys.maxunicode, chr(sys.maxunicode) == '\U0010ffff')
try:
    v.major = 4
except AttributeError as e:
    print('AttributeError')
try:
    type(v)()
except TypeError as e:
    print(e)
print('%d.%d' % v[:2], '{0.major}.{0.minor}'.format(v))
