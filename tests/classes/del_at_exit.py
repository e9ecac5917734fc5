# Objects still alive when the script ends are finalized at interpreter exit:
# a global instance, and an instance in a cycle (freed by the final collection).
class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)

def work():
    t = A('temporary')
    return 'work done'

print(work())
x = A('global x')
c = A('global cycle')
c.me = c
print('end of script')
