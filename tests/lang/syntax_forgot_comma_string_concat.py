# The missing-comma error starts at the first of adjacent strings.
print('a' 'b' 1)
