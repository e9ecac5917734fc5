# adder-only: --ast output of the parser, checked by hand
# args: --ast
x = 1
a = f'{{'
b = f'}}'
c = f'{{x}}'
d = f'{{{x}}}'
e = f'a {{ b }} c'
h = rf'{{\n}}'
