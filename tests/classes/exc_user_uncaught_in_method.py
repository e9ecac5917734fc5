# An uncaught exception raised inside methods: the traceback shows method frames.
class Stack:
    def __init__(self):
        self.items = []

    def push(self, v):
        self.items.append(v)

    def pop(self):
        if not self.items:
            raise IndexError('pop from empty Stack')
        return self.items.pop()

    def drain(self, n):
        return [self.pop() for _ in range(n)]

s = Stack()
s.push(1)
s.push(2)
print(s.drain(2))
s.drain(1)
