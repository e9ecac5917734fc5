# With no script, the program comes from standard input; sys.argv is [''].
printf 'import sys\nprint(sys.argv)\nfor i in range(3):\n    print(i)\n' | $ADDER
echo "status $?"
