# adder-only: Tab completion of keywords, builtins, globals and attributes after a dot,
# as CPython's rlcompleter does it: a callable gets "(", one without parameters "()";
# a second Tab lists the candidates; names starting with '_' show only when asked for.
tests/repl/drive $ADDER -q <<'EOF'
import sys
@type sys.getr<TAB><TAB><TAB>fcount(sys) > 0
@type sys.getrec<TAB>)
numbers = [3, 1, 2]
@type numbers.so<TAB>)
@type numb<TAB>
@type numbers.<TAB><TAB>reverse()
numbers
@type numbers.__si<TAB>)
def noargs(): return "called"

@type noa<TAB>
@type whi<TAB>False: pass
@type 
@type pri<TAB>"done")
@keys <C-d>
EOF
