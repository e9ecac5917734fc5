# Truth values of every built-in type; and/or return an operand.
values = [None, False, True, 0, 1, -1, 0.0, -0.0, 0.5, '', 'a', ' ', [], [0], (), (None,),
          {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1)]
for v in values:
    print(repr(v), bool(v), not v)
print(0 or 'x', '' or [] or 0, 'a' and 'b', 0 and 1/0, None or None)
print(1 and 2 and 3, 1 and 0 and 3, 0 or 0.0 or '')
x = [] or {}
print(x, type(x))
if [0]:
    print('non-empty list is true')
while '':
    print('never')
print('done')
