# str repr escapes control characters but keeps printable non-ASCII.
for s in ['a\nb', 'tab\there', 'nul\x00', 'cr\r', 'bell\x07', 'del\x7f', 'back\\slash',
          'héllo', '日本語', 'a😀', '\x80', '\xa0', '\xad', '\u200b', '\ufeff', '\U0001F600',
          '\x1b[0m', '\u2028', 'é\n']:
    print(repr(s))
print(['\n', '\t', '\\'])
