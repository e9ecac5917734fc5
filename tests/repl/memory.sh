# The REPL keeps no object of the user's beyond what CPython's keeps: each input is one
# compilation whose literals live while it runs, so two inputs make two 257s, and
# sys.getrefcount at the prompt counts what CPython's prompt counts.
tests/repl/drive $ADDER -q <<'EOF'
import sys
a = 257
b = 257
a is b
a = 257; b = 257; a is b
x = []
sys.getrefcount(x)
sys.getrefcount(1000)
y = 1000; sys.getrefcount(y)
sys.getrefcount(y)
z = y
sys.getrefcount(y)
del z
sys.getrefcount(y)
sys.getrefcount([])
x
sys.getrefcount(x)
@keys <C-d>
EOF
