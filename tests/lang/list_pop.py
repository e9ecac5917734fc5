# list.pop from the end, by index, negative index, and errors.
a = list(range(6))
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
print(a.pop(1), a)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    a.pop(10)
except IndexError as e:
    print(e)
try:
    a.pop('0')
except TypeError as e:
    print(e)
stack = []
for c in '(()())':
    if c == '(':
        stack.append(c)
    else:
        stack.pop()
print(stack)
