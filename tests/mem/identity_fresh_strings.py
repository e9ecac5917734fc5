# Which string operations hand out the shared one-character objects and which make
# new ones, as CPython 3.11 does (letters chosen that CPython's frozen modules do not
# intern ahead of the script).
print('gz'[0:1] is 'g', 'gz'[1:] is 'z', 'gz'[0] is 'g', ' g '.strip() is 'g')
print('G'.lower() is 'g', 'g'.upper() is 'G', 'g,z'.split(',')[0] is 'g')
print('gz'.replace('z', '') is 'g', 'g'.replace('g', '') is '', 'g' * 1 is 'g', 'g' + '' is 'g')
print(''.join(['g']) is 'g', ''.join(['g', '']) is 'g', '-'.join('g') is 'g')
print(str(7) is '7', repr(7) is '7', f'{7}' is '7', str(0) is str(0), format(7) is '7')
print('%d' % 7 is '7', '%s' % 'g' is 'g', 'g'.center(1) is 'g', 'gz'.rstrip('z') is 'g')
print(chr(103) is 'g', str('g') is 'g', list('gz')[0] is 'g', 'gz'.partition('z')[0] is 'g')
print(str(1.5)[0] is '1', hex(7)[2] is '7', 'Gz'.lower()[0] is 'g', 'g'.title() is 'G')
print('%c' % 103 is 'g', '{}'.format('g') is 'g', '{}'.format(7) is '7', repr('g')[1] is 'g')
print(max('gz') is 'z', sorted('zg')[0] is 'g', 'gz'[::-1][0] is 'z', 'zg'[::2] is 'z')
print(str(-5)[1] is '5', 'g z'.split()[0] is 'g', 'g\nz'.splitlines()[0] is 'g')
print(chr(233) is chr(233), chr(300) is chr(300), 'é'[0] is 'é', 'zé'[1] is 'é')
