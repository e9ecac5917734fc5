# dict.copy (shallow), dict.clear and dict.fromkeys.
d = {'a': [1], 'b': 2}
c = d.copy()
c['b'] = 20
c['a'].append(9)
print(d, c, c is d, c['a'] is d['a'])
alias = d
d.clear()
print(d, alias, c)
print(dict.fromkeys(['x', 'y']), dict.fromkeys('ab', 0), dict.fromkeys(range(3), []), dict.fromkeys([]))
f = dict.fromkeys('pq', [])
f['p'].append(1)
print(f)
print({}.fromkeys([1, 1, 2], 'v'))
