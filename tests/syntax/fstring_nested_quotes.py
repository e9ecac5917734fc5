# adder-only: --ast output of the parser, checked by hand
# args: --ast
d = {'key': 1}
a = f"{d['key']}"
b = f'{d["key"]}'
c = f'''{d['key']} and {d["key"]}'''
e = f"""{'single'} {"double"!r}"""
g = f"{'nested ' + 'strings'}"
h = f'{"-".join(["a", "b"])}'
