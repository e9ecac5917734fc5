# str.splitlines on \n, \r\n, \r and other line boundaries, with keepends.
s = 'one\ntwo\r\nthree\rfour\n\nsix'
print(s.splitlines())
print(s.splitlines(True))
print(''.splitlines(), '\n'.splitlines(), 'x\n'.splitlines(), 'x\n\n'.splitlines(keepends=True))
print('a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i'.splitlines())
print('no newline'.splitlines(), 'trailing\r'.splitlines(True))
