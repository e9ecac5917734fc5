# Ordering between unrelated types raises TypeError with the operator's name.
pairs = [(1, 'a'), ('a', 1), (None, 0), ([1], (1,)), ({}, {}), (1.5, 'x'), ({1}, 3)]
for a, b in pairs:
    for name, op in (('<', lambda x, y: x < y), ('<=', lambda x, y: x <= y),
                     ('>', lambda x, y: x > y), ('>=', lambda x, y: x >= y)):
        try:
            op(a, b)
            print(name, 'ok')
        except TypeError as e:
            print(e)
try:
    sorted([3, 'a', 1])
except TypeError as e:
    print(e)
print(True < 2, 1 < 1.5, False < 0.5)
