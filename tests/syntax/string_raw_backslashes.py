# adder-only: --ast output of the parser, checked by hand
# args: --ast
path = r'C:\new\table'
regex = r"\d+\.\d*"
quote = r'it\'s'
dquote = r"say \"hi\""
ends = r'a\\'
lines = r'''one\
two'''
raw_bytes = br'\x41\n'
raw_unicode = r'\u00e9\N'
