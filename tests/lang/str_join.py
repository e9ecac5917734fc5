# str.join over lists, tuples, generators and dicts, and its TypeError.
print(', '.join(['a', 'b', 'c']), ''.join(('x', 'y')), '-'.join('abc'), repr(''.join([])))
print('|'.join(str(i) for i in range(4)), ' '.join({'k1': 1, 'k2': 2}), '日'.join(['a', 'b']))
print('x'.join(['only']), repr(','.join(['', ''])))
try:
    ', '.join(['a', 1])
except TypeError as e:
    print(e)
try:
    ''.join([None])
except TypeError as e:
    print(e)
try:
    ''.join(5)
except TypeError as e:
    print(e)
