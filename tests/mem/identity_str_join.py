# Strings built at run time are new objects even when equal to a constant.
abc, ab3 = 'abc', 'ab3'
s = ''.join(['ab', 'c'])
print(s is abc, s == abc, s is not abc)
t = 'ab' + str(len('xyz'))
print(t is ab3, t == ab3)
u = 'hello world'
v = ' '.join(['hello', 'world'])
print(u is v, u == v)
