# print with sep, end, no arguments and non-string values.
print()
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', sep=', ', end='!\n')
print('no newline', end='')
print(' continued')
print(1, 2.5, None, True, [1], sep='|')
print('x', end='')
print()
print(sep='-')
print('a', sep=None, end=None)
print(*[], sep='x')
print('multi\nline')
print('tab', 'sep', sep='\t')
try:
    print('a', sep=5)
except TypeError as e:
    print(e)
