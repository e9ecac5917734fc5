# A syntax error in -c code.
$ADDER -c 'x = (1,' 2>&1
echo "status $?"
