# Recursive containers print [...] and {...}.
a = [1, 2]
a.append(a)
print(a)
print(repr(a), str(a))
d = {'x': 1}
d['self'] = d
print(d)
b = [a, d]
print(b)
e = {'l': []}
e['l'].append(e)
print(e)
t = ([],)
t[0].append(t)
print(t)
c = []
c.append([c])
print(c)
