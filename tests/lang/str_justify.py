# center, ljust and rjust with default and custom fill characters.
for w in (0, 3, 6, 7, 10):
    print(repr('abc'.center(w)), repr('abc'.ljust(w)), repr('abc'.rjust(w)), repr('abc'.center(w, '*')))
print(repr('ab'.center(5, '-')), repr('ab'.center(6, '-')), repr('a'.center(4, '.')), repr(''.center(3, 'x')))
print(repr('日本'.center(6, '・')), repr('x'.ljust(3, 'é')))
try:
    'a'.center(5, '--')
except TypeError as e:
    print(e)
try:
    'a'.ljust('5')
except TypeError as e:
    print(e)
