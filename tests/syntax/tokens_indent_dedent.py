# adder-only: --tokens output of the lexer, checked by hand
# args: --tokens
def outer(a):
    if a:
        for i in a:
            while i:
                i = i - 1
    return a
class K:
    def m(self):
        if self:
            if self:
                pass
x = 1
