# adder-only: --ast output of the parser, checked by hand
# args: --ast
a = 1; b = 2
x = 1; y = 2;
import os; import sys
pass; pass; pass
f(); g(); del x
def f():
    a = 1; return a
if x:
    y = 1; z = 2
