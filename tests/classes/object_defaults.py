# Behaviour inherited from object: identity equality, hashing, str falls back to repr.
class Plain:
    pass

a = Plain()
b = Plain()
print(a == a, a == b, a != b, a != a)
print(a is a, a is b)
print(hash(a) == hash(a), hash(a) == hash(b))
print(str(a) == repr(a), repr(a).startswith('<__main__.Plain object at 0x'))
print(format(a) == str(a), f'{a}' == str(a))
# Default ordering is not defined.
try:
    a < b
except TypeError as e:
    print('TypeError:', e)
try:
    a >= 1
except TypeError as e:
    print('TypeError:', e)
# Instances are usable as dict keys and set members by identity.
d = {a: 'a', b: 'b'}
print(d[a], d[b], len(d))
s = {a, b, a}
print(len(s), a in s, Plain() in s)
# Instances are true.
print(bool(a), not a)
# object() itself.
o = object()
print(type(o).__name__, o == o, o == object())
try:
    o.x = 1
except AttributeError as e:
    print('AttributeError:', e)
# Calling Plain with arguments fails without __init__/__new__.
try:
    Plain(1)
except TypeError as e:
    print('TypeError:', e)
try:
    Plain(x=1)
except TypeError as e:
    print('TypeError:', e)
try:
    object(1)
except TypeError as e:
    print('TypeError:', e)
# __class__, __doc__, __module__ defaults.
print(a.__class__ is Plain, Plain.__doc__, Plain.__module__)
# Comparisons with other types by == are False.
print(a == 1, a == None, a != 'a')
print(a in [b, 1, 'x'], a in [b, a])
