# sys.exit(3) ends the program with status 3 and no output on stderr.
import sys
print('before exit')
sys.exit(3)
print('not printed')
