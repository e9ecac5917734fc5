# adder-only: --ast output of the parser, checked by hand
# args: --ast
a = 'single'
b = "double"
c = '''triple single'''
d = """triple double"""
e = 'contains "double" quotes'
f = "contains 'single' quotes"
g = '''spans
two lines'''
h = """has 'both' "kinds" and "" inside"""
i = ''
j = ""
k = """"""
