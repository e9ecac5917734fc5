# An uncaught exception in -c code or standard input: a traceback without source
# lines (there is no file to read them from), status 1.
$ADDER -c 'def f():
    return 1 / 0
f()' 2>&1
echo "status $?"
printf 'x = 1\nprint(x)\nundefined_name\n' | $ADDER 2>&1
echo "status $?"
