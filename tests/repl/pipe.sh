# adder -i with standard input that is no terminal: no readline, the prompts go to
# stderr, and each input is decided and run as on a terminal.
printf '%s\n' 'x = 1' 'x' 'if x:' '  x + 1' '' '1/0' 'import sys' 'sys.ps1 = "$ "' \
    'sys.getrefcount(1000)' 'for i in range(2): i' '' 'x = [1,' '2]' 'x' | $ADDER -i -q 2>&1
echo "status $?"
printf '%s\n' 'raise KeyboardInterrupt' | $ADDER -i -q 2>&1
echo "status $?"
