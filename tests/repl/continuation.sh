# When an input needs more lines, as CPython decides: open brackets and triple-quoted
# strings go on over blank lines, a backslash joins lines, a compound statement goes on
# until a blank line, and a statement after it without that blank line is an error.
# Blank and comment lines at ">>> " do nothing; Ctrl-D at "... " ends the input there.
tests/repl/drive $ADDER -q <<'EOF'
(1,

2)
"""one

two"""
x = 1 + \
2
x
# a comment

for i in range(2): i

if x:
    x = 4
# a comment in the block
else:
    x = 5

x
if 1:
    pass
x = 2
def f():

try:
    pass

x = 1 + \

'abc\
def'
if x:
    x
@keys <C-d>
def g():
    # only a comment
@keys <C-d>
y = [1,
@keys <C-d>
@keys <C-d>
EOF
