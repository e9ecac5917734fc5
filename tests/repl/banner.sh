# adder-only: the banner, shown without -q (its build date replaced here).
tests/repl/drive $ADDER <<'EOF' | sed -E 's/built [A-Z][a-z]{2} [ 0-9]{2} [0-9]{4} [0-9:]{8}/built DATE/'
@keys <C-d>
EOF
