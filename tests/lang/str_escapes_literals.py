# Escape sequences in str literals produce the right characters.
print(len('\n'), len('\\n'), len(r'\n'), len('\x41'), '\x41', '\101', '\u00e9', '\U0001F600')
print('a\tb')
print('line1\nline2')
print(ord('\0'), ord('\a'), ord('\b'), ord('\f'), ord('\v'), ord('\r'))
print('\'', "\"", '\\')
print(r'raw\t', len(r'\\'))
print("""triple
quoted""")
print('con' 'cat' 'enation')
print('\U0001F600' == '😀')
