# input() reads a line from standard input (prompt to stdout), EOFError at the end.
printf 'alice\nbob\n' | $ADDER -c '
a = input("name? ")
b = input()
print("got", a, b)
try:
    input("more? ")
except EOFError as e:
    print("EOF:", e)
'
echo "status $?"
