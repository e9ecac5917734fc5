# str.count counts non-overlapping occurrences.
print('banana'.count('a'), 'banana'.count('an'), 'banana'.count('ana'), 'aaaa'.count('aa'))
print('banana'.count(''), ''.count(''), ''.count('a'), 'banana'.count('a', 2), 'banana'.count('a', 2, 4))
print('héllo héllo'.count('é'), 'abc'.count('abcd'), 'abc'.count('a', -1))
