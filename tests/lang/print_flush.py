# print(flush=True) and sys.stdout.write.
import sys
print('flushed', flush=True)
print('not flushed', flush=False)
n = sys.stdout.write('written\n')
print(n)
sys.stdout.write('a')
sys.stdout.write('b\n')
print(file=sys.stdout)
print('end')
