# adder-only: --tokens output of the lexer, checked by hand
# args: --tokens
# leading comment
import os  # after import
def f(a,  # after a parameter
      b):  # after the colon
    # inside the body
    return (a +  # inside parentheses
            b)  # after closing paren
x = [  # after opening bracket
    1,  # after element
    # on its own line in a list
]  # after closing bracket
if x:  # after if
    pass  # after pass
#no space after hash
#
# final comment with no newline after it