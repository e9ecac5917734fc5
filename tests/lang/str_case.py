# upper, lower, title, capitalize, swapcase on ASCII and non-ASCII text.
for s in ['hello World', 'ÉCOLE été', "they're bill's friends", 'hello2world x1y', '', 'Ωmega σ']:
    print(repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
print('ABC'.isupper(), 'abc'.islower(), 'Title Case'.istitle(), 'Not title'.istitle(), '123'.isupper())
print('aBc'.casefold(), 'ÀB'.casefold())
