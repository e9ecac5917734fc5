# exit and quit: their repr tells how to leave; calling them leaves with a status, as
# SystemExit does; Ctrl-D on an empty line leaves with 0.
tests/repl/drive $ADDER -q <<'EOF'
exit
quit
exit(3)
EOF
tests/repl/drive $ADDER -q <<'EOF'
quit()
EOF
tests/repl/drive $ADDER -q <<'EOF'
raise SystemExit("bye")
EOF
tests/repl/drive $ADDER -q <<'EOF'
@keys <C-d>
EOF
