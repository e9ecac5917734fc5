# print(file=sys.stderr) writes to stderr; stdout stays separate.
import sys
print('to stdout')
print('to stderr', 1, 2, file=sys.stderr)
print('err', 'sep', sep='-', end='!\n', file=sys.stderr)
print('stdout again', flush=True)
sys.exit(2)
