# Sorting is stable: equal keys keep their original order, also with reverse=True.
people = [('ann', 30), ('bob', 25), ('cid', 30), ('dee', 25), ('eve', 35), ('fay', 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
words = ['pear', 'fig', 'apple', 'kiwi', 'plum', 'date', 'lime']
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
by_name = sorted(people)
print(sorted(by_name, key=lambda p: p[1]))
data = [(i % 3, i) for i in range(12)]
print(sorted(data, key=lambda x: x[0]))
