# Nested f-strings and expressions with different quote styles.
a = 5
b = 'x'
print(f"{f'{a}'}", f'{f"{b}" * 2}', f"{'-'.join(f'{i}' for i in range(3))}")
print(f'''{f"""{a + 1}"""}''', f"{ {'k': a}['k'] }", f"{[f'{c}!' for c in 'ab']}")
width = 8
print(f"{f'{a:>{width}}':*<{width + 2}}")
