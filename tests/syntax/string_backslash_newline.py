# adder-only: --ast output of the parser, checked by hand
# args: --ast
a = 'one \
two'
b = "three\
four"
c = """five \
six
seven"""
d = b'by\
tes'
