# adder -i runs the script, then opens the REPL in its globals; a failing script shows
# its traceback first. With -c the same.
script=$(mktemp)
printf 'x = 41\ndef inc(n):\n    return n + 1\n' >"$script"
tests/repl/drive $ADDER -q -i "$script" <<'EOF'
inc(x)
__name__
@keys <C-d>
EOF
rm -f "$script"
tests/repl/drive $ADDER -i -c 'y = 2; 1/0' <<'EOF'
y
@keys <C-d>
EOF
