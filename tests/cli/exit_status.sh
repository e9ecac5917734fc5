# sys.exit(n) sets the exit status; SystemExit with a message prints it.
$ADDER -c 'import sys; sys.exit(4)'
echo "status $?"
$ADDER -c 'raise SystemExit("bye")' 2>&1
echo "status $?"
$ADDER -c 'import sys; print("x"); sys.exit()'
echo "status $?"
