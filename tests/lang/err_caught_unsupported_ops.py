# TypeError messages for unsupported binary and unary operators.
pairs = [(1, 'a'), ('a', 1), (None, None), ([1], 1), ((1,), 'x'), ({1}, 1), ({}, 1), (1.5, 'x')]
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
       ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
       ('**', lambda a, b: a ** b), ('&', lambda a, b: a & b), ('<<', lambda a, b: a << b)]
for a, b in pairs:
    for name, op in ops:
        try:
            r = op(a, b)
            print(repr(a), name, repr(b), '=', repr(r))
        except TypeError as e:
            print(e)
for v in ('s', [1], None, {}):
    for name, op in (('-', lambda x: -x), ('+', lambda x: +x), ('~', lambda x: ~x)):
        try:
            op(v)
        except TypeError as e:
            print(e)
