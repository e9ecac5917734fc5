# `-` reads the program from standard input; later arguments go to sys.argv.
printf 'import sys\nprint(sys.argv)\n' | $ADDER - x y
echo "status $?"
