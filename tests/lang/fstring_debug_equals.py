# f-string self-documenting expressions with =.
x = 10
name = 'Ann'
print(f'{x=}', f'{x = }', f'{x*2=}', f'{name=}', f'{name=!s}', f'{x=:>5}', f'{3.5=}')
print(f'{x + 1 = }', f'{[1, 2]=}', f'{name.upper()=}', f'{None=}')
