# adder-only: --ast output of the parser, checked by hand
# args: --ast
a.b
a.b.c.d
a.b()
a.b().c
a[0].b
f().x
(1).real
"s".upper()
a.b = 1
a.b.c += 2
x = self.value
