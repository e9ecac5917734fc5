# partition and rpartition always return three strings.
print('key=value=x'.partition('='), 'key=value=x'.rpartition('='))
print('novalue'.partition('='), 'novalue'.rpartition('='), ''.partition('x'))
print('a::b::c'.partition('::'), 'a::b::c'.rpartition('::'), '=start'.partition('='), 'end='.rpartition('='))
print('héllo wörld'.partition(' '))
try:
    'abc'.partition('')
except ValueError as e:
    print(e)
