# str comparison is lexicographic by code point.
print('a' < 'b', 'a' < 'B', 'Z' < 'a', 'abc' < 'abd', 'ab' < 'abc', '' < 'a')
print('é' > 'z', '日' > 'é', 'abc' == 'abc', 'abc' != 'ABC')
print(sorted(['banana', 'Apple', 'cherry', 'apple', 'éclair', '']))
print(max('hello'), min('hello'), max(['b', 'ab', 'ba']))
print('a' * 3 == 'aaa', 'abc' >= 'abc', 'abc' <= 'ab')
