# adder-only: --ast output of the parser, checked by hand
# args: --ast
name = 'world'
items = [1, 2, 3]
a = f'hello {name}'
b = f'{1 + 2 * 3}'
c = f'{items[0]} and {items[1:]}'
d = f'{name.upper()}{len(items)}'
e = f'{name if items else "none"}'
g = f'{[x * 2 for x in items]}'
h = f'{ name }'
i = f'{(lambda y: y)(1)}'
j = f'{ {"k": 1}["k"] }'
k = f"{name =}"
l = f'''{
    name
}'''
