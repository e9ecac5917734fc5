# startswith/endswith with tuples of prefixes and start/end ranges.
s = 'hello world'
print(s.startswith('hello'), s.startswith('world'), s.startswith(''), s.startswith('world', 6))
print(s.endswith('world'), s.endswith('hello', 0, 5), s.endswith('o', 0, 5), s.endswith(''))
print(s.startswith(('x', 'he')), s.endswith(('d', 'z')), s.startswith(()), s.endswith(('a', 'b')))
print(s.startswith('lo', 3), s.startswith('lo', 3, 4), s.startswith('h', -100), s.endswith('d', -1))
print('héllo'.startswith('hé'), 'file.py'.endswith(('.py', '.txt')), ''.startswith(''))
try:
    s.startswith(['he'])
except TypeError as e:
    print(e)
try:
    s.endswith(5)
except TypeError as e:
    print(e)
