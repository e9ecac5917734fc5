# -c runs its argument; sys.argv is ['-c', ARGS...].
$ADDER -c 'import sys; print(sys.argv); print(6 * 7)' a b
echo "status $?"
