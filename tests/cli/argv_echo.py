# Prints the arguments it was given (tests/cli/script_args.sh passes some).
import sys
print(sys.argv[1:])
