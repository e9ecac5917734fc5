# str repr chooses quotes like CPython.
for s in ["it's", 'say "hi"', 'both \' and "', 'plain', '', "'", '"', '\'"\'']:
    print(repr(s))
print(["it's", 'say "hi"'])
print(str("it's"), str('say "hi"'))
print(repr(repr('a')))
