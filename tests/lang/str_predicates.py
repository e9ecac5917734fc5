# isdigit/isalpha/isalnum/isspace/isdecimal/isnumeric/isidentifier on various strings.
for s in ['123', 'abc', 'abc123', '', ' \t\n', 'a b', '1.5', '-1', 'é', '日本', 'A_1', '_x', '1a', '\x0b']:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isdecimal(), s.isnumeric(),
          s.isidentifier(), s.isascii())
