# An unmatched closing bracket in an f-string expression.
s = f'{)}'
