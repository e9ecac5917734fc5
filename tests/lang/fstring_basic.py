# f-strings: expressions, quotes, calls, and literal braces.
name = 'world'
n = 7
items = ['a', 'b']
d = {'k': 'v'}
print(f'hello {name}', f'{n + 1}', f"{n * 2} {n ** 2}", f'{items[0]}{items[-1]}', f"{d['k']}")
print(f'{{}} {{n}} {{{n}}}', f'{len(name)}', f'{name.upper()}', f'{"quoted"}', f'{n if n > 5 else 0}')
print(f'{[x * 2 for x in range(3)]}', f'{ {"a": 1} }', f'{(1, 2)}', f'{None} {True} {1.5}')
print(f'', f'plain', f'{n}{n}', f'a{n}b{n}c')
print(f'{"nested " + f"{n}"}', F'{n}', f'''{name!r}''')
x = 3.0
print(f'{x}', f'{-0.0}', f'{1e16}', f'{2/3}')
print(f'{"日本"}語', f'{n:>{n}}', f'{(lambda: 5)()}')
