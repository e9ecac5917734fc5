# sys.argv holds only the script path when no arguments are given.
import sys
print(len(sys.argv), sys.argv[1:], type(sys.argv[0]).__name__)
print(sys.argv[0].endswith('sys_argv.py'))
