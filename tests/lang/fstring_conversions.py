# f-string conversions !r, !s and !a.
s = "it's é"
print(f'{s}', f'{s!s}', f'{s!r}', f'{s!a}')
print(f'{[s]}', f'{[s]!s}', f'{1.5!r}', f'{None!r}', f'{"x"!r:>6}', f'{"x"!s:*<4}')
print(f'{chr(9)!r}', f'{"q"!r}{"q"!s}')
