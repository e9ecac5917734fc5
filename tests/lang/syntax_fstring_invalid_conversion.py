# A '!' with no conversion letter before '}' is an invalid conversion character.
x = 1
s = f'{x!}'
