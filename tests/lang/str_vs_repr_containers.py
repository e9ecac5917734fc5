# Containers always show their elements with repr, even under str().
items = ['a', 1.0, None, "q'q", '\n']
print(items)
print(str(items))
print(tuple(items))
print({'key': 'val', 'n': '1'})
print(str('a'), repr('a'), str(['a']), str(('a',)))
print('%s %r' % ('x', 'x'), f'{"x"} {"x"!r}', format('x'), '{!r}'.format('x'))
print([str(1.5), repr(1.5)], [str('é'), repr('é')])
