# The REPL on a terminal: a multi-line def then a call, expressions echoed with repr
# and bound to `_` (None is not), an error then recovery, a SyntaxError with its caret,
# and Ctrl-D at the prompt exits with status 0.
tests/repl/drive $ADDER -q <<'EOF'
def double(x):
    y = x * 2
    return y

double(21)
_
_ + 1
'text'
None
_
print('printed')
_
1/0
x = )
def fails(n):
    return [1, 2][n]

fails(5)
print("still here", _)
@keys <C-d>
EOF
