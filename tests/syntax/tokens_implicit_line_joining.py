# adder-only: --tokens output of the lexer, checked by hand
# args: --tokens
total = (1 +
    2
        + 3)
items = [
    1,
  2,
            3,
]
mapping = {
    'a': 1,

    'b': 2,
}
call = max(1,
           2)
if (total and
        items):
    nested = [(1,
    2), {3:
  4}]
