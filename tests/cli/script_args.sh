# Arguments after the script path become sys.argv[1:].
$ADDER tests/cli/argv_echo.py one 'two words' 3
echo "status $?"
