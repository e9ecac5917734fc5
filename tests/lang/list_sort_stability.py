# list.sort is stable: equal keys keep their relative order (also reversed).
recs = [('x', 2), ('y', 1), ('z', 2), ('w', 1), ('v', 3), ('u', 2)]
a = recs[:]
a.sort(key=lambda r: r[1])
print(a)
a = recs[:]
a.sort(key=lambda r: r[1], reverse=True)
print(a)
b = list(range(20))
b.sort(key=lambda n: n % 4)
print(b)
c = ['bb', 'a', 'cc', 'b', 'aa', 'c']
c.sort(key=len)
print(c)
c.sort(key=len, reverse=True)
print(c)
