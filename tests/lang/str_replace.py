# str.replace with and without a count, empty patterns and no matches.
print('hello world'.replace('o', '0'), 'aaaa'.replace('a', 'b', 2), 'abc'.replace('x', 'y'))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'), 'aaa'.replace('aa', 'b'))
print('abc'.replace('b', ''), 'héllo'.replace('é', 'e'), 'a.b.c'.replace('.', '::', -1))
print('one one one'.replace('one', 'two', 0), 'ab'.replace('ab', 'abab'))
