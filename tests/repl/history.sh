# adder-only: persistent history. Lines typed in one run come back with the up arrow
# in the next run that shares the history file ($ADDER_HISTFILE); the file keeps the
# last 1000 lines; ADDER_HISTFILE= keeps none, and unset it is ~/.adder_history.
dir=$(mktemp -d)
export ADDER_HISTFILE="$dir/history"
tests/repl/drive $ADDER -q <<'EOF'
print("from the first run")
answer = 42
@keys <C-d>
EOF
echo "--- the history file:"
cat "$ADDER_HISTFILE"
tests/repl/drive $ADDER -q <<'EOF'
@type <UP><UP>
@type <UP><UP>
answer
@keys <C-d>
EOF
echo "--- the history file:"
cat "$ADDER_HISTFILE"
seq 1 1500 >"$ADDER_HISTFILE"
tests/repl/drive $ADDER -q <<'EOF'
@type <UP>
@keys <C-d>
EOF
echo "--- lines kept: $(wc -l <"$ADDER_HISTFILE"), the last: $(tail -1 "$ADDER_HISTFILE")"
mkdir "$dir/home"
ADDER_HISTFILE= DRIVE_HOME="$dir/home" tests/repl/drive $ADDER -q <<'EOF'
1
@keys <C-d>
EOF
echo "--- with ADDER_HISTFILE= the home folder holds: $(ls -A "$dir/home")"
unset ADDER_HISTFILE
DRIVE_HOME="$dir/home" tests/repl/drive $ADDER -q <<'EOF'
2
@keys <C-d>
EOF
echo "--- without ADDER_HISTFILE, ~/.adder_history:"
cat "$dir/home/.adder_history"
rm -rf "$dir"
